//! An acknowledged result survives kill -9: results posted while herald is killed are all there
//! (their Idempotency-Key replays) after a restart.

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::fixture;

struct Herald(Child);

impl Drop for Herald {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(dir: &std::path::Path, port: u16) -> Herald {
    Herald(
        Command::new(env!("CARGO_BIN_EXE_herald"))
            .env("HERALD_DATA_DIR", dir)
            .env("HERALD_LISTEN", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("herald starts"),
    )
}

async fn wait_until_up(client: &reqwest::Client, base: &str) {
    for _ in 0..400 {
        if client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status() == StatusCode::OK)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("herald did not come up");
}

#[tokio::test]
async fn acknowledged_results_survive_kill_9() {
    let dir = tempfile::tempdir().expect("dir");
    let output = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["keys", "create", "--name", "crash"])
        .env("HERALD_DATA_DIR", dir.path())
        .output()
        .expect("keys create");
    let key = String::from_utf8(output.stdout).expect("utf-8").trim().to_owned();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();

    let mut herald = start(dir.path(), port);
    wait_until_up(&client, &base).await;
    let body = fixture("instagram-aspect-ratio-138.json");
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let mut posters = Vec::new();
    for poster in 0..16 {
        let (client, base, key, body, acknowledged) = (
            client.clone(),
            base.clone(),
            key.clone(),
            body.clone(),
            acknowledged.clone(),
        );
        posters.push(tokio::spawn(async move {
            for n in 0.. {
                let idem = format!("crash-{poster}-{n}");
                let response = client
                    .post(format!("{base}/v1/users/user-{}/results", n % 7))
                    .bearer_auth(&key)
                    .header("content-type", "application/json")
                    .header("idempotency-key", &idem)
                    .body(body.clone())
                    .send()
                    .await;
                match response {
                    Ok(r) if r.status() == StatusCode::ACCEPTED => {
                        acknowledged.lock().expect("lock").push((n % 7, idem))
                    }
                    _ => break,
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
    herald.0.kill().expect("SIGKILL");
    for poster in posters {
        poster.await.expect("poster");
    }
    let acknowledged = acknowledged.lock().expect("lock").clone();
    assert!(
        acknowledged.len() > 50,
        "only {} results were acknowledged",
        acknowledged.len()
    );

    let _restarted = start(dir.path(), port);
    wait_until_up(&client, &base).await;
    for (user, idem) in &acknowledged {
        let response = client
            .post(format!("{base}/v1/users/user-{user}/results"))
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .header("idempotency-key", idem)
            .body(body.clone())
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        assert_eq!(
            response
                .headers()
                .get("idempotent-replayed")
                .map(|v| v.as_bytes()),
            Some(&b"true"[..]),
            "{idem} was lost"
        );
    }
}

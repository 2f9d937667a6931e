//! An acknowledged result survives kill -9: results posted while herald is killed are all there
//! (their Idempotency-Key replays) after a restart.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{fixture, run_herald, start_herald};

#[tokio::test]
async fn acknowledged_results_survive_kill_9() {
    let dir = tempfile::tempdir().expect("dir");
    let env = [("HERALD_DATA_DIR", dir.path().display().to_string())];
    let key = run_herald(&["keys", "create", "--name", "crash"], &env);
    let client = reqwest::Client::new();

    let mut herald = start_herald(&env).await;
    let base = herald.base();
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
    // Kill while results are in flight, once enough have been acknowledged to mean something.
    for _ in 0..600 {
        if acknowledged.lock().expect("lock").len() >= 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    herald.process.kill().expect("SIGKILL");
    herald.process.wait().expect("the killed process is reaped");
    for poster in posters {
        poster.await.expect("poster");
    }
    let acknowledged = acknowledged.lock().expect("lock").clone();
    assert!(
        acknowledged.len() > 50,
        "only {} results were acknowledged",
        acknowledged.len()
    );

    let restarted = start_herald(&env).await;
    let base = restarted.base();
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
        let replayed = response
            .headers()
            .get("idempotent-replayed")
            .map(|v| v.as_bytes());
        assert_eq!(replayed, Some(&b"true"[..]), "{idem} was lost");
    }
}

//! Even at the debug level, herald's logs carry no secret: no API key, no inbox token, no
//! unsubscribe link (whose token turns a user's email off), no message text.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{Herald, fixture, mailing_herald_env};
use crate::smtp::Sink;

#[tokio::test]
async fn debug_logs_hold_no_key_token_or_unsubscribe_link() {
    let (sink, addr) = Sink::start();
    let dir = tempfile::tempdir().expect("dir");
    let (env, key) = mailing_herald_env(dir.path(), addr, "logs");
    let log_path = dir.path().join("stderr.log");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_herald"));
    command
        .env("HERALD_LISTEN", "127.0.0.1:0")
        .env("RUST_LOG", "debug")
        .envs(env.iter().map(|(name, value)| (name, value)))
        .stderr(std::fs::File::create(&log_path).expect("log file"));
    let (process, addr) = crate::process::spawn_listening(command).await;
    let herald = Herald { process, addr };
    let base = herald.base();
    let client = Client::new();

    let put = client
        .put(format!("{base}/v1/users/u"))
        .bearer_auth(&key)
        .json(&json!({"email": "u@example.com"}))
        .send()
        .await
        .expect("put");
    assert_eq!(put.status(), StatusCode::CREATED);
    let ingested = client
        .post(format!("{base}/v1/users/u/results"))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(fixture("x-credits-depleted-416.json"))
        .send()
        .await
        .expect("ingest");
    assert_eq!(ingested.status(), StatusCode::ACCEPTED);
    let minted: Value = client
        .post(format!("{base}/v1/users/u/inbox-token"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("token")
        .json()
        .await
        .expect("json");
    let token = minted["token"].as_str().expect("token");
    let inbox = client
        .get(format!("{base}/v1/users/u/inbox"))
        .bearer_auth(token)
        .send()
        .await
        .expect("inbox");
    assert_eq!(inbox.status(), StatusCode::OK);
    let mail = String::from_utf8_lossy(&sink.wait_for(1).await[0]).into_owned();
    assert!(mail.contains("unsubscribe?token="), "the mail has its link");
    drop(herald);

    let log = std::fs::read_to_string(&log_path).expect("log");
    assert!(log.contains("DEBUG"), "the log is at the debug level");
    let (_, key_secret) = key.rsplit_once('_').expect("key parts");
    for (secret, what) in [
        (key_secret, "the API key"),
        (token, "the inbox token"),
        ("unsubscribe?token=", "an unsubscribe link"),
        ("X API credits", "the message text"),
    ] {
        assert!(!log.contains(secret), "the debug log holds {what}");
    }
}

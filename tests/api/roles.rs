//! What each role builds: an `api` process no mailer, a `worker` process no HTTP routes but
//! health checks.

use reqwest::StatusCode;

use crate::helpers::{fixture, spawn_sqlite};

#[tokio::test]
async fn an_api_process_builds_no_mailer() {
    let app = spawn_sqlite("role = 'api'").await;
    app.put_user("u", serde_json::json!({"email": "u@example.com"}))
        .await;
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    // Without an SMTP URL the mailer writes `.eml` files into `<data>/outbox`; an api process
    // has none, so not even the directory exists.
    assert!(!app.data_dir().join("outbox").exists());
    let deliveries = app.get_json("/v1/deliveries?user=u").await;
    assert_eq!(deliveries["items"][0]["status"], "pending", "left for a worker");
}

#[tokio::test]
async fn a_worker_process_serves_only_health_checks() {
    let app = spawn_sqlite("role = 'worker'").await;
    assert!(
        app.data_dir().join("outbox").is_dir(),
        "a worker builds its mailer"
    );
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);
    let ingest = app.post_result("u", &fixture("facebook-auth-161.json")).await;
    assert_eq!(ingest.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get("/v1/users/u/inbox").await.status(), StatusCode::NOT_FOUND);
}

//! Recipients: create, read, replace, erase.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{assert_problem, fixture, spawn_app};

#[tokio::test]
async fn put_get_and_delete_a_user() {
    let app = spawn_app().await;
    let app = &app;
    let put = |body: Value| async move { app.put_json("/v1/users/alice", &body).await };
    let profile =
        json!({"email": "alice@example.com", "name": "Alice", "locale": "fr-CA", "timezone": "Europe/Paris"});
    let created = put(profile.clone()).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let replaced = put(json!({"email": "alice@example.org"})).await;
    assert_eq!(replaced.status(), StatusCode::OK);
    let user = app.get_json("/v1/users/alice").await;
    assert_eq!(user["email"], "alice@example.org");
    assert_eq!(user["locale"], Value::Null, "PUT replaces the whole profile");

    for (field, bad, path) in [
        ("email", json!("not an address"), "body.email"),
        ("timezone", json!("Mars/Olympus"), "body.timezone"),
        ("locale", json!("!!"), "body.locale"),
        (
            "quiet_hours",
            json!({"start": "25:00", "end": "08:00"}),
            "body.quiet_hours.start",
        ),
        (
            "quiet_hours",
            json!({"start": "22:00", "end": "8h"}),
            "body.quiet_hours.end",
        ),
        (
            "quiet_hours",
            json!({"start": "22:00", "end": "22:00"}),
            "body.quiet_hours",
        ),
    ] {
        let response = put(json!({ field: bad })).await;
        let problem = assert_problem(response, StatusCode::BAD_REQUEST).await;
        assert_eq!(problem["errors"][0]["path"], path, "{bad}");
    }
    let quiet = json!({"start": "22:00", "end": "07:30"});
    assert_eq!(
        put(json!({"email": "alice@example.org", "quiet_hours": quiet}))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(app.get_json("/v1/users/alice").await["quiet_hours"], quiet);
    // Addresses lettre parses but relays refuse: refused here, with the reason.
    for (address, reason) in [
        (r#""a b"@example.com"#, "quoted local part"),
        ("a@[127.0.0.1]", "IP address"),
    ] {
        let problem = assert_problem(put(json!({"email": address})).await, StatusCode::BAD_REQUEST).await;
        let message = problem["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains(reason), "{address}: {problem}");
    }
    assert_eq!(
        app.get_json("/v1/users/alice").await["email"],
        "alice@example.org",
        "unchanged"
    );
    assert_problem(
        put(json!({"emial": "typo@example.com"})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let not_json = app
        .client
        .put(app.url("/v1/users/alice"))
        .bearer_auth(&app.key)
        .body("{")
        .header("content-type", "application/json")
        .send()
        .await
        .expect("answer");
    assert_problem(not_json, StatusCode::BAD_REQUEST).await;

    app.ingest("alice", &fixture("facebook-auth-161.json")).await;
    assert_eq!(app.inbox("alice", "").await["counts"]["total"], 1);
    let deleted = app
        .client
        .delete(app.url("/v1/users/alice"))
        .bearer_auth(&app.key)
        .send()
        .await
        .expect("answer");
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.get("/v1/users/alice").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.inbox("alice", "").await["counts"]["total"],
        0,
        "notifications are erased"
    );
    // The erased events are gone too: the same result is new again, not a replay.
    let again = app.post_result("alice", &fixture("facebook-auth-161.json")).await;
    assert_eq!(again.status(), StatusCode::ACCEPTED);
    assert!(again.headers().get("idempotent-replayed").is_none());
    let twice = app
        .client
        .delete(app.url("/v1/users/nobody"))
        .bearer_auth(&app.key)
        .send()
        .await
        .expect("answer");
    assert_problem(twice, StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn the_users_locale_renders_the_inbox_until_the_viewer_asks_otherwise() {
    let app = spawn_app().await;
    app.put_user("u", json!({"locale": "de-AT", "timezone": "Asia/Tokyo"}))
        .await;
    app.ingest("u", &fixture("instagram-rate-limit-435.json")).await;
    let page = app.inbox("u", "").await;
    assert_eq!(page["items"][0]["locale"], "de");
    assert!(page["items"][0]["expires_at"].is_string());
    let asked = app.inbox("u", "?locale=fr").await;
    assert_eq!(asked["items"][0]["locale"], "fr");
}

//! Ingest semantics: idempotency, bumps, resolution, expiry.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{assert_problem, fixture, spawn_app};

fn facebook_auth(post_id: &str) -> String {
    json!({"status": "error", "id": post_id, "postIds": [],
           "errors": [{"action": "post", "status": "error", "code": 161, "platform": "facebook",
                       "message": "Facebook authorization error."}]})
    .to_string()
}

fn facebook_success(post_id: &str) -> String {
    json!({"status": "success", "id": post_id, "errors": [],
           "postIds": [{"status": "success", "id": "1", "platform": "facebook"}]})
    .to_string()
}

#[tokio::test]
async fn a_repeated_idempotency_key_returns_the_first_response_and_creates_nothing() {
    let app = spawn_app().await;
    let body = fixture("facebook-auth-161.json");
    let first = app
        .post_result_with("u", &body, &[("idempotency-key", "k-1")])
        .await;
    assert_eq!(first.status(), StatusCode::ACCEPTED);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let first: Value = first.json().await.expect("json");

    let again = app
        .post_result_with("u", &body, &[("idempotency-key", "\"k-1\"")])
        .await;
    assert_eq!(again.status(), StatusCode::ACCEPTED);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.json::<Value>().await.expect("json"), first);

    let inbox = app.inbox("u", "").await;
    assert_eq!(inbox["counts"]["total"], 1);
    assert_eq!(
        inbox["items"][0]["occurrences"], 1,
        "the replay was not counted again"
    );

    // The same key for another user is another result.
    let other = app
        .post_result_with("v", &body, &[("idempotency-key", "k-1")])
        .await;
    assert_eq!(other.status(), StatusCode::ACCEPTED);
    assert!(other.headers().get("idempotent-replayed").is_none());

    // The same key with a different body is refused.
    let reused = app
        .post_result_with(
            "u",
            &fixture("x-credits-depleted-416.json"),
            &[("idempotency-key", "k-1")],
        )
        .await;
    let problem = assert_problem(reused, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem["type"], "urn:herald:problem:idempotency-key-reused");
}

#[tokio::test]
async fn the_same_ayrshare_result_twice_is_one_event() {
    let app = spawn_app().await;
    let body = fixture("facebook-auth-161.json");
    let first: Value = app.ingest("u", &body).await;
    let second = app.post_result("u", &body).await;
    assert_eq!(second.headers()["idempotent-replayed"], "true");
    assert_eq!(second.json::<Value>().await.expect("json"), first);
    // A different result for the same post (its later webhook, say) is new.
    let later = app
        .post_result("u", &facebook_success("gh7SyTpeD2CQAMxWk3oh"))
        .await;
    assert_eq!(later.status(), StatusCode::ACCEPTED);
    assert!(later.headers().get("idempotent-replayed").is_none());
}

#[tokio::test]
async fn concurrent_repeats_store_one_event() {
    let app = spawn_app().await;
    let body = fixture("instagram-aspect-ratio-138.json");
    let requests = (0..24).map(|_| app.post_result_with("u", &body, &[("idempotency-key", "same")]));
    let responses = futures::future::join_all(requests).await;
    let mut bodies = Vec::new();
    for response in responses {
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        bodies.push(response.json::<Value>().await.expect("json"));
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "every repeat got the first response"
    );
    let inbox = app.inbox("u", "").await;
    assert_eq!(inbox["counts"]["total"], 1);
    assert_eq!(inbox["items"][0]["occurrences"], 1);
}

#[tokio::test]
async fn a_repeat_bumps_the_open_notification_and_makes_it_unread() {
    let app = spawn_app().await;
    let first = app.ingest("u", &facebook_auth("p1")).await;
    assert_eq!(first["notifications"][0]["outcome"], "created");
    let id = first["notifications"][0]["id"].clone();
    let read = app
        .post(&format!("/v1/users/u/inbox/{}/read", id.as_str().expect("id")))
        .await;
    assert_eq!(read.status(), StatusCode::NO_CONTENT);

    let second = app.ingest("u", &facebook_auth("p2")).await;
    assert_eq!(second["notifications"][0]["outcome"], "bumped");
    assert_eq!(second["notifications"][0]["id"], id);

    let inbox = app.inbox("u", "").await;
    assert_eq!(inbox["counts"]["total"], 1);
    let item = &inbox["items"][0];
    assert_eq!(item["occurrences"], 2);
    assert_eq!(item["read_at"], Value::Null, "a bump is news: unread again");

    // Another platform's problem is another notification.
    let x = app.ingest("u", &fixture("x-credits-depleted-416.json")).await;
    assert_eq!(x["notifications"][0]["outcome"], "created");
}

#[tokio::test]
async fn a_later_success_resolves_and_the_next_failure_is_new() {
    let app = spawn_app().await;
    let opened = app.ingest("u", &facebook_auth("p1")).await;
    let id = opened["notifications"][0]["id"].clone();

    let success = app.ingest("u", &facebook_success("p2")).await;
    assert_eq!(success["resolved"], json!([id]));
    let inbox = app.inbox("u", "").await;
    let item = inbox["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == id)
        .expect("still listed");
    assert_eq!(item["state"], "resolved");

    let again = app.ingest("u", &facebook_auth("p3")).await;
    assert_eq!(again["notifications"][0]["outcome"], "created");
    assert_ne!(again["notifications"][0]["id"], id);
}

#[tokio::test]
async fn a_rate_limit_expires_at_its_reset_time() {
    let app = crate::helpers::spawn_on_clock("").await;
    let body = |details: &str| {
        json!({"status": "error", "errors": [{"action": "rate limit", "status": "error", "code": 435,
               "platform": "instagram", "details": details, "message": "Instagram rate limit reached."}]})
        .to_string()
    };
    let first = app.ingest("u", &body("Retry-After: 1")).await;
    let id = first["notifications"][0]["id"].clone();
    let inbox = app.inbox("u", "").await;
    assert_eq!(inbox["items"][0]["state"], "open");
    assert!(inbox["items"][0]["expires_at"].is_string());

    app.advance(std::time::Duration::from_millis(1100));
    let inbox = app.inbox("u", "").await;
    assert_eq!(inbox["items"][0]["state"], "expired");

    // After the reset, a new rate limit is a new notification, not a bump of the old one.
    let second = app.ingest("u", &body("Retry-After: 3600")).await;
    assert_eq!(second["notifications"][0]["outcome"], "created");
    assert_ne!(second["notifications"][0]["id"], id);
}

#[tokio::test]
async fn translate_error_message_is_recorded() {
    let app = spawn_app().await;
    let french = json!({"status": "error", "id": "p", "errors": [{"code": 161, "platform": "facebook",
        "message": "Erreur d'autorisation Facebook."}]})
    .to_string();
    app.post_result_with("u", &french, &[("translate-error-message", "fr")])
        .await;
    let inbox = app.inbox("u", "?locale=en").await;
    let details = inbox["items"][0]["details"].as_str().expect("details");
    // Rendered in English, the French upstream message is labelled as the original message
    // (not as Facebook's words: it is Ayrshare's text).
    assert_eq!(details, "Original message: Erreur d'autorisation Facebook.");
}

#[tokio::test]
async fn explain_stores_nothing() {
    let app = spawn_app().await;
    let response = app
        .post_body("/v1/explain?locale=en", &fixture("facebook-auth-161.json"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let explained: Value = response.json().await.expect("json");
    assert_eq!(explained["notifications"][0]["title"], "Reconnect Facebook");
    assert_eq!(
        explained["notifications"][0]["condition_key"],
        "account-disconnected:facebook"
    );
    assert_eq!(app.get("/v1/users/anyone").await.status(), StatusCode::NOT_FOUND);

    let catalog: Value = app.get("/v1/catalog").await.json().await.expect("json");
    let kinds = catalog["kinds"].as_array().expect("kinds");
    assert_eq!(kinds.len(), 16);
    assert!(
        catalog["rules"]
            .as_array()
            .is_some_and(|r| r.iter().any(|rule| rule["codes"] == json!(["444"])))
    );
}

#[tokio::test]
async fn health_and_readiness() {
    let app = spawn_app().await;
    assert_eq!(
        app.client
            .get(app.url("/healthz"))
            .send()
            .await
            .expect("up")
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.client
            .get(app.url("/readyz"))
            .send()
            .await
            .expect("up")
            .status(),
        StatusCode::OK
    );
    app.stop().await;
}

//! Retention on the test clock: each kind of data goes when its time is up, in batches, and
//! nothing else goes; the export shows what herald holds about a user.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use crate::helpers::{TestApp, assert_problem, fixture, spawn_on_clock};

const DAY: Duration = Duration::from_secs(24 * 3600);

async fn app() -> TestApp {
    // Batches of 2, so that pruning takes several of them.
    spawn_on_clock(
        "[email]\nbatch_window = '0s'\n\
         [retention]\nevents = '31d'\nclosed_notifications = '90d'\nfinished_deliveries = '30d'\n\
         unrouted_webhooks = '30d'\nbatch = 2\n\
         [webhooks]\nayrshare_secrets = 'retention-secret'\n",
    )
    .await
}

async fn prune(app: &TestApp) -> herald::store::retention::Pruned {
    let running = app.running.as_ref().expect("running");
    running
        .pruner()
        .expect("a pruner on the test clock")
        .prune(&CancellationToken::new())
        .await
        .expect("prune")
}

async fn export(app: &TestApp, user: &str) -> Value {
    app.get_json(&format!("/v1/users/{user}/export")).await
}

fn count(export: &Value, kind: &str) -> usize {
    export[kind].as_array().expect(kind).len()
}

async fn keep_unrouted_webhook(app: &TestApp) {
    let body = json!({"action": "feed", "refId": "nobody", "hookId": "old"}).to_string();
    let signature = crate::webhooks::hex_signature("retention-secret", &body);
    let response = app
        .post_unauthenticated(
            "/v1/webhooks/ayrshare",
            &body,
            &[("x-authorization-content-sha256", signature)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn each_kind_of_data_goes_when_its_time_is_up_and_nothing_else_does() {
    let app = app().await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    // Day 0: an open problem, a problem resolved at once by a published post (a notification
    // of its own), their emails, a kept webhook.
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    let keyed = app
        .post_result_with(
            "u",
            &fixture("x-credits-depleted-416.json"),
            &[("idempotency-key", "k-1")],
        )
        .await;
    assert_eq!(keyed.status(), StatusCode::ACCEPTED);
    app.ingest(
        "u",
        r#"{"status":"success","id":"p2","postIds":[{"status":"success","platform":"twitter"}]}"#,
    )
    .await;
    keep_unrouted_webhook(&app).await;
    // Batches are stamped a millisecond apart (the writer's clock never repeats).
    app.advance(std::time::Duration::from_secs(1));
    assert!(app.dispatch().await >= 1, "the emails go out");
    let before = export(&app, "u").await;
    assert_eq!(
        (count(&before, "events"), count(&before, "notifications")),
        (3, 3),
        "{before:#}"
    );
    assert!(count(&before, "deliveries") >= 1);
    assert_eq!(prune(&app).await.total(), 0, "nothing is old yet");

    // Day 32: events (31 d), finished deliveries (30 d) and the kept webhook (30 d) go.
    app.advance(32 * DAY);
    app.ingest("u", &fixture("instagram-aspect-ratio-138.json")).await;
    let pruned = prune(&app).await;
    assert_eq!(
        (pruned.events, pruned.webhooks, pruned.notifications),
        (3, 1, 0),
        "{pruned:?}"
    );
    assert_eq!(pruned.deliveries as usize, count(&before, "deliveries"));
    let after = export(&app, "u").await;
    assert_eq!(count(&after, "events"), 1, "the new event stays");
    assert_eq!(
        count(&after, "notifications"),
        4,
        "closed ones stay 90 days, open ones while open"
    );
    assert_eq!(
        app.get_json("/v1/webhooks/ayrshare/unrouted").await["items"],
        json!([])
    );
    // The event's idempotency window ended with it.
    let again = app
        .post_result_with(
            "u",
            &fixture("x-credits-depleted-416.json"),
            &[("idempotency-key", "k-1")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::ACCEPTED);
    assert!(again.headers().get("idempotent-replayed").is_none());

    // Day 92: the resolved notification goes; the open ones stay (the re-posted X problem too).
    let etag = app.get("/v1/users/u/inbox").await.headers()["etag"].clone();
    app.advance(60 * DAY);
    let pruned = prune(&app).await;
    let polled = app
        .client
        .get(app.url("/v1/users/u/inbox"))
        .bearer_auth(&app.key)
        .header("if-none-match", etag)
        .send()
        .await
        .expect("answer");
    assert_eq!(
        polled.status(),
        StatusCode::OK,
        "the inbox changed, so did its ETag"
    );
    assert_eq!(pruned.notifications, 1, "{pruned:?}");
    let last = export(&app, "u").await;
    let states: Vec<&str> = last["notifications"]
        .as_array()
        .expect("notifications")
        .iter()
        .map(|n| n["state"].as_str().expect("state"))
        .collect();
    assert_eq!(states, ["open", "open", "open", "open"], "{last:#}");
}

#[tokio::test]
async fn the_export_holds_what_herald_keeps_about_a_user() {
    let app = app().await;
    app.put_user(
        "alice",
        json!({"email": "alice@example.com", "name": "Alice", "locale": "fr", "ayrshare_ref_ids": ["ref-a"]}),
    )
    .await;
    app.put_json(
        "/v1/users/alice/preferences",
        &json!({"email": {"billing": false}}),
    )
    .await;
    let body = fixture("facebook-auth-161.json");
    app.ingest("alice", &body).await;
    app.ingest("bob", &fixture("x-credits-depleted-416.json")).await;
    let export = export(&app, "alice").await;
    assert_eq!(export["user"]["email"], "alice@example.com");
    assert_eq!(export["ayrshare_ref_ids"], json!(["ref-a"]));
    assert_eq!(export["preferences"][0]["category"], "billing");
    assert_eq!(export["notifications"][0]["kind"], "account-disconnected");
    assert_eq!(export["events"][0]["body"], body.as_str(), "verbatim");
    assert_eq!(count(&export, "events"), 1, "only alice's");
    assert_problem(app.get("/v1/users/nobody/export").await, StatusCode::NOT_FOUND).await;
    let anonymous = app
        .client
        .get(app.url("/v1/users/alice/export"))
        .send()
        .await
        .expect("answer");
    assert_problem(anonymous, StatusCode::UNAUTHORIZED).await;
}

//! The inbox a dashboard polls: pages, filters, counts, ETags, read state.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

/// Five distinct notifications for `user`, oldest first: failed posts p0..p4.
async fn five(app: &TestApp, user: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for n in 0..5 {
        let body = json!({"status": "error", "id": format!("p{n}"),
            "errors": [{"code": 9000 + n, "platform": "reddit", "message": format!("failure {n}")}]});
        let response = app.ingest(user, &body.to_string()).await;
        ids.push(
            response["notifications"][0]["id"]
                .as_str()
                .expect("id")
                .to_owned(),
        );
    }
    ids
}

/// The user's counts, without the version they are at (which only has to grow).
async fn counts_of(app: &TestApp, user: &str) -> Value {
    let mut counts = app.get_json(&format!("/v1/users/{user}/inbox/counts")).await;
    let version = counts.as_object_mut().expect("object").remove("version");
    assert!(version.is_some_and(|v| v.is_i64()), "{counts}");
    counts
}

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_owned())
        .collect()
}

#[tokio::test]
async fn pages_follow_the_cursor_newest_first() {
    let app = spawn_app().await;
    let mut created = five(&app, "u").await;
    created.reverse();
    let mut seen = Vec::new();
    let mut query = "?limit=2".to_owned();
    loop {
        let page = app.inbox("u", &query).await;
        assert_eq!(page["counts"], json!({"unread": 5, "unseen": 5, "total": 5}));
        seen.extend(ids(&page));
        match page["next"].as_str() {
            Some(next) => query = format!("?limit=2&after={next}"),
            None => break,
        }
    }
    assert_eq!(seen, created);
    assert_eq!(
        ids(&app.inbox("u", "").await),
        created,
        "default page size holds all five"
    );
}

#[tokio::test]
async fn read_state_filters_and_counts() {
    let app = spawn_app().await;
    let created = five(&app, "u").await;
    let state = |id: &str, change: &str| format!("/v1/users/u/inbox/{id}/{change}");

    assert_eq!(
        app.post(&state(&created[0], "read")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.post(&state(&created[0], "read")).await.status(),
        StatusCode::NO_CONTENT,
        "idempotent"
    );
    assert_eq!(
        app.post(&state(&created[1], "archive")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.post(&state("no-such-id", "read")).await.status(),
        StatusCode::NOT_FOUND
    );

    let counts = counts_of(&app, "u").await;
    assert_eq!(
        counts,
        json!({"unread": 3, "unseen": 3, "total": 4}),
        "archived items leave the counts"
    );
    assert_eq!(ids(&app.inbox("u", "?status=read").await), [created[0].clone()]);
    assert_eq!(
        app.inbox("u", "?status=unread").await["items"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
    assert_eq!(ids(&app.inbox("u", "?archived=true").await), [created[1].clone()]);
    assert_eq!(
        app.inbox("u", "?archived=all").await["items"]
            .as_array()
            .map(Vec::len),
        Some(5)
    );
    assert_eq!(
        app.inbox("u", "?category=publish").await["items"]
            .as_array()
            .map(Vec::len),
        Some(4)
    );
    assert_eq!(
        app.inbox("u", "?category=media").await["items"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );

    let read = app.inbox("u", "?status=read").await;
    assert!(read["items"][0]["read_at"].is_string() && read["items"][0]["seen_at"].is_string());

    assert_eq!(
        app.post(&state(&created[0], "unread")).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.post(&state(&created[1], "unarchive")).await.status(),
        StatusCode::NO_CONTENT
    );
    let seen = app.post_json("/v1/users/u/inbox/seen-all").await;
    assert_eq!(seen["updated"], 4, "one was already seen when it was read");
    let counts = counts_of(&app, "u").await;
    assert_eq!(counts, json!({"unread": 5, "unseen": 0, "total": 5}));
    let read_all = app.post_json("/v1/users/u/inbox/read-all").await;
    assert_eq!(read_all["updated"], 5);
    let counts = counts_of(&app, "u").await;
    assert_eq!(counts, json!({"unread": 0, "unseen": 0, "total": 5}));
}

#[tokio::test]
async fn unchanged_inboxes_answer_304() {
    let app = spawn_app().await;
    let created = five(&app, "u").await;
    let first = app.get("/v1/users/u/inbox").await;
    let etag = first.headers()["etag"].to_str().expect("etag").to_owned();
    let poll = |etag: String| {
        app.client
            .get(app.url("/v1/users/u/inbox"))
            .bearer_auth(&app.key)
            .header("if-none-match", etag)
            .send()
    };

    let unchanged = poll(etag.clone()).await.expect("answer");
    assert_eq!(unchanged.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(unchanged.headers()["etag"].to_str().expect("etag"), etag);

    // Another language is another representation.
    let german = app
        .client
        .get(app.url("/v1/users/u/inbox?locale=de"))
        .bearer_auth(&app.key)
        .header("if-none-match", &etag)
        .send()
        .await
        .expect("answer");
    assert_eq!(german.status(), StatusCode::OK);

    // Any change to the inbox changes the ETag.
    app.post(&format!("/v1/users/u/inbox/{}/read", created[0])).await;
    let changed = poll(etag.clone()).await.expect("answer");
    assert_eq!(changed.status(), StatusCode::OK);
    let etag = changed.headers()["etag"].to_str().expect("etag").to_owned();
    assert_eq!(
        poll(etag.clone()).await.expect("answer").status(),
        StatusCode::NOT_MODIFIED
    );
    app.ingest(
        "u",
        r#"{"status":"error","errors":[{"code":161,"platform":"facebook"}]}"#,
    )
    .await;
    assert_eq!(poll(etag).await.expect("answer").status(), StatusCode::OK);

    // Counts have their own ETag.
    let counts = app.get("/v1/users/u/inbox/counts").await;
    let etag = counts.headers()["etag"].to_str().expect("etag").to_owned();
    let again = app
        .get_with("/v1/users/u/inbox/counts", "if-none-match", etag)
        .await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn an_unknown_user_has_an_empty_inbox() {
    let app = spawn_app().await;
    let page = app.inbox("nobody", "").await;
    assert_eq!(
        page,
        json!({"items": [], "next": null, "counts": {"unread": 0, "unseen": 0, "total": 0}, "version": 0})
    );
}

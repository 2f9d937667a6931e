//! Keys and tokens: who may call what.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{assert_problem, fixture, inbox_token, spawn_app};

#[tokio::test]
async fn operator_routes_need_a_valid_key() {
    let app = spawn_app().await;
    let url = app.url("/v1/users/u/results");
    let body = fixture("facebook-auth-161.json");
    let send = |auth: Option<String>| {
        let mut request = app
            .client
            .post(&url)
            .header("content-type", "application/json")
            .body(body.clone());
        if let Some(auth) = auth {
            request = request.header("authorization", auth);
        }
        request.send()
    };
    assert_problem(send(None).await.expect("answer"), StatusCode::UNAUTHORIZED).await;
    assert_problem(
        send(Some("Basic abc".into())).await.expect("answer"),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    assert_problem(
        send(Some("Bearer nonsense".into())).await.expect("answer"),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let (kept, last) = app.key.split_at(app.key.len() - 1);
    let forged = format!("{kept}{}", if last == "A" { "B" } else { "A" });
    assert_problem(
        send(Some(format!("Bearer {forged}"))).await.expect("answer"),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let unknown = "hk_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    assert_problem(
        send(Some(format!("Bearer {unknown}"))).await.expect("answer"),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    assert_eq!(
        send(Some(format!("Bearer {}", app.key)))
            .await
            .expect("answer")
            .status(),
        StatusCode::ACCEPTED
    );
    assert_eq!(
        app.get("/v1/users/u").await.status(),
        StatusCode::OK,
        "only the accepted request stored anything"
    );
}

#[tokio::test]
async fn revoked_keys_stop_working() {
    let app = spawn_app().await;
    let db = app.db();
    let key = herald::app::create_key(db, "to revoke").await.expect("key");
    let id = key.split('_').nth(1).expect("id").to_owned();
    assert!(db.revoke_key(&id, 1).await.expect("revoke"));
    let response = app
        .client
        .get(app.url("/v1/catalog"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("answer");
    assert_problem(response, StatusCode::UNAUTHORIZED).await;
    assert!(
        !db.revoke_key(&id, 2).await.expect("revoke"),
        "revoking twice reports nothing to revoke"
    );
}

#[tokio::test]
async fn an_inbox_token_opens_one_inbox_and_nothing_else() {
    let app = spawn_app().await;
    app.ingest("alice", &fixture("facebook-auth-161.json")).await;
    app.ingest("bob", &fixture("x-credits-depleted-416.json")).await;
    let alice = inbox_token(&app, "alice").await;

    let own = app
        .client
        .get(app.url("/v1/users/alice/inbox"))
        .bearer_auth(&alice)
        .send()
        .await
        .expect("answer");
    assert_eq!(own.status(), StatusCode::OK);
    let own: Value = own.json().await.expect("json");
    assert_eq!(own["items"][0]["kind"], "account-disconnected");

    for path in ["/v1/users/bob/inbox", "/v1/users/bob/inbox/counts"] {
        let other = app
            .client
            .get(app.url(path))
            .bearer_auth(&alice)
            .send()
            .await
            .expect("answer");
        assert_problem(other, StatusCode::FORBIDDEN).await;
    }
    let other = app
        .client
        .post(app.url("/v1/users/bob/inbox/read-all"))
        .bearer_auth(&alice)
        .send()
        .await
        .expect("answer");
    assert_problem(other, StatusCode::FORBIDDEN).await;

    // Operator routes take API keys only.
    for (method, path) in [
        ("GET", "/v1/users/alice"),
        ("GET", "/v1/catalog"),
        ("POST", "/v1/users/alice/inbox-token"),
    ] {
        let request = app
            .client
            .request(method.parse().expect("method"), app.url(path))
            .bearer_auth(&alice);
        assert_problem(request.send().await.expect("answer"), StatusCode::UNAUTHORIZED).await;
    }
    let ingest = app
        .client
        .post(app.url("/v1/users/alice/results"))
        .bearer_auth(&alice)
        .header("content-type", "application/json")
        .body(fixture("facebook-auth-161.json"))
        .send()
        .await
        .expect("answer");
    assert_problem(ingest, StatusCode::UNAUTHORIZED).await;

    // A tampered token is refused: a changed claim, or a changed signature.
    let (payload_end, _) = alice.rmatch_indices('.').next().expect("three parts");
    let middle = payload_end + 10;
    let flipped = if &alice[middle..=middle] == "A" { "B" } else { "A" };
    let tampered = format!("{}{flipped}{}", &alice[..middle], &alice[middle + 1..]);
    let bob_claims = alice.replacen(&alice[alice.find('.').expect("dot") + 1..payload_end], "e30", 1);
    for forged in [tampered, bob_claims] {
        let response = app
            .client
            .get(app.url("/v1/users/alice/inbox"))
            .bearer_auth(forged)
            .send()
            .await
            .expect("answer");
        assert_problem(response, StatusCode::UNAUTHORIZED).await;
    }
    // A cut signature too. (Changing the last character may not change the signature: its
    // low bits are padding in base64url.)
    let truncated = &alice[..alice.len() - 4];
    let response = app
        .client
        .get(app.url("/v1/users/alice/inbox"))
        .bearer_auth(truncated)
        .send()
        .await
        .expect("answer");
    assert_problem(response, StatusCode::UNAUTHORIZED).await;
}

#[tokio::test]
async fn inbox_tokens_expire() {
    let app = crate::helpers::spawn_on_clock("[inbox]\ntoken_ttl = '10s'").await;
    let token = inbox_token(&app, "alice").await;
    let read = || {
        app.client
            .get(app.url("/v1/users/alice/inbox"))
            .bearer_auth(&token)
            .send()
    };
    assert_eq!(read().await.expect("answer").status(), StatusCode::OK);
    app.advance(std::time::Duration::from_secs(9));
    assert_eq!(
        read().await.expect("answer").status(),
        StatusCode::OK,
        "valid for 10 s"
    );
    app.advance(std::time::Duration::from_secs(1));
    assert_problem(read().await.expect("answer"), StatusCode::UNAUTHORIZED).await;
}

/// Revoking a user's tokens, or deleting the user, retires every inbox token issued for them
/// so far, at once on this instance: requests get `401`, an open stream ends with `expired`,
/// and a token minted afterwards works, also for a new user with the same id.
#[tokio::test]
async fn inbox_tokens_stop_working_when_their_user_is_revoked_or_deleted() {
    let app = spawn_app().await;
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    let token = inbox_token(&app, "u").await;
    let app = &app;
    let read = |token: String| async move {
        let request = app.client.get(app.url("/v1/users/u/inbox")).bearer_auth(token);
        request.send().await.expect("answer")
    };
    assert_eq!(read(token.clone()).await.status(), StatusCode::OK);
    let mut stream = crate::live::Events::connect(
        &app.client,
        &app.url(&format!("/v1/users/u/inbox/stream?token={token}")),
        &[],
    )
    .await;
    assert_eq!(stream.next().await.expect("ready").event, "ready");

    assert_eq!(
        app.post("/v1/users/u/revoke-tokens").await.status(),
        StatusCode::NO_CONTENT
    );
    let refused = assert_problem(read(token.clone()).await, StatusCode::UNAUTHORIZED).await;
    assert!(
        refused["detail"].as_str().is_some_and(|d| d.contains("revoked")),
        "{refused}"
    );
    assert_eq!(stream.next().await.expect("a last word").event, "expired");
    assert!(stream.next().await.is_none(), "the stream ends");

    let fresh = inbox_token(app, "u").await;
    assert_eq!(read(fresh.clone()).await.status(), StatusCode::OK);
    let deleted = app
        .client
        .delete(app.url("/v1/users/u"))
        .bearer_auth(&app.key)
        .send()
        .await;
    assert_eq!(deleted.expect("delete").status(), StatusCode::NO_CONTENT);
    assert_problem(read(fresh.clone()).await, StatusCode::UNAUTHORIZED).await;
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    assert_problem(read(fresh).await, StatusCode::UNAUTHORIZED).await;
    assert_eq!(read(inbox_token(app, "u").await).await.status(), StatusCode::OK);
    assert_eq!(
        app.post("/v1/users/nobody/revoke-tokens").await.status(),
        StatusCode::NO_CONTENT,
        "revoking needs no user"
    );
}

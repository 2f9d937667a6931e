//! Bad input gets a clear problem+json 4xx and changes nothing; odd but real results are
//! understood, never rejected.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, fixture, kinds, spawn_app};

/// Nothing was stored: the user does not exist (ingest would have created them).
async fn assert_nothing_stored(app: &TestApp, user: &str) {
    assert_eq!(
        app.get(&format!("/v1/users/{user}")).await.status(),
        StatusCode::NOT_FOUND,
        "{user} was created"
    );
}

#[tokio::test]
async fn bodies_that_are_not_results_are_refused() {
    let app = spawn_app().await;
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let cases: &[(&str, StatusCode, &str)] = &[
        ("not json at all", StatusCode::BAD_REQUEST, "invalid-json"),
        ("{\"status\": \"error\",", StatusCode::BAD_REQUEST, "invalid-json"),
        (&deep, StatusCode::BAD_REQUEST, "invalid-json"),
        (
            "{\"hello\": \"world\"}",
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-result",
        ),
        ("[]", StatusCode::UNPROCESSABLE_ENTITY, "not-a-result"),
        ("[1, 2, 3]", StatusCode::UNPROCESSABLE_ENTITY, "not-a-result"),
        ("\"a string\"", StatusCode::UNPROCESSABLE_ENTITY, "not-a-result"),
        ("42", StatusCode::UNPROCESSABLE_ENTITY, "not-a-result"),
        ("null", StatusCode::UNPROCESSABLE_ENTITY, "not-a-result"),
    ];
    for (n, (body, status, slug)) in cases.iter().enumerate() {
        let user = format!("bad-{n}");
        let problem = assert_problem(app.post_result(&user, body).await, *status).await;
        assert_eq!(problem["type"], format!("urn:herald:problem:{slug}"), "{body}");
        assert_nothing_stored(&app, &user).await;
    }
}

#[tokio::test]
async fn deep_nesting_is_named_in_the_detail() {
    let app = spawn_app().await;
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let problem = assert_problem(app.post_result("u", &deep).await, StatusCode::BAD_REQUEST).await;
    assert!(
        problem["detail"].as_str().unwrap_or_default().contains("nested"),
        "{problem}"
    );
}

#[tokio::test]
async fn wrong_content_type_and_oversized_bodies() {
    let app = spawn_app().await;
    let body = fixture("facebook-auth-161.json");
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut request = app
            .client
            .post(app.url("/v1/users/ct/results"))
            .bearer_auth(&app.key)
            .body(body.clone());
        if let Some(t) = content_type {
            request = request.header("content-type", t);
        }
        assert_problem(
            request.send().await.expect("answer"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        )
        .await;
    }
    // Parameters and +json types are fine.
    let ok = app
        .client
        .post(app.url("/v1/users/ct/results"))
        .bearer_auth(&app.key)
        .header("content-type", "application/json; charset=utf-8")
        .body(body)
        .send()
        .await
        .expect("answer");
    assert_eq!(ok.status(), StatusCode::ACCEPTED);

    let huge = format!(
        "{{\"status\": \"error\", \"padding\": \"{}\"}}",
        "x".repeat(300 * 1024)
    );
    assert_problem(app.post_result("big", &huge).await, StatusCode::PAYLOAD_TOO_LARGE).await;
    assert_nothing_stored(&app, "big").await;
}

#[tokio::test]
async fn invalid_user_ids_and_headers() {
    let app = spawn_app().await;
    let body = fixture("facebook-auth-161.json");
    let too_long = "x".repeat(129);
    for user in ["a%20b", too_long.as_str(), "%C3%A9", "a%2Fb", "%3Cscript%3E"] {
        let problem = assert_problem(app.post_result(user, &body).await, StatusCode::BAD_REQUEST).await;
        assert_eq!(problem["errors"][0]["path"], "path.user_id", "{user}");
    }
    let long_key = "k".repeat(256);
    for (name, value) in [
        ("idempotency-key", long_key.as_str()),
        ("idempotency-key", ""),
        ("translate-error-message", "not a language!"),
    ] {
        let response = app.post_result_with("h", &body, &[(name, value)]).await;
        assert_problem(response, StatusCode::BAD_REQUEST).await;
    }
    assert_nothing_stored(&app, "h").await;
}

#[tokio::test]
async fn unknown_routes_and_methods() {
    let app = spawn_app().await;
    assert_problem(app.get("/v1/nowhere").await, StatusCode::NOT_FOUND).await;
    assert_problem(app.get("/").await, StatusCode::NOT_FOUND).await;
    assert_problem(
        app.get("/v1/users/u/results").await,
        StatusCode::METHOD_NOT_ALLOWED,
    )
    .await;
    assert_problem(
        app.post("/v1/users/u/inbox/some-id/explode").await,
        StatusCode::NOT_FOUND,
    )
    .await;
    let bad_query = app.get("/v1/users/u/inbox?limit=1000").await;
    assert_problem(bad_query, StatusCode::BAD_REQUEST).await;
    let bad_cursor = app.get("/v1/users/u/inbox?after=%%%").await;
    assert_problem(bad_cursor, StatusCode::BAD_REQUEST).await;
    for query in [
        "?status=maybe",
        "?archived=yes",
        "?category=nope",
        "?limit=abc",
        "?after=bm9wZQ",
    ] {
        assert_problem(
            app.get(&format!("/v1/users/u/inbox{query}")).await,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
}

#[tokio::test]
async fn odd_types_in_real_results_are_understood() {
    let app = spawn_app().await;
    let cases = [
        r#"{"status":"error","errors":[{"code":"161","platform":"facebook"}]}"#,
        r#"{"status":"error","errors":{"code":161,"platform":"facebook"}}"#,
        r#"{"status":"error","errors":[{"code":161.0,"platform":"Facebook","retryAvailable":"false"}]}"#,
        r#"{"status":"error","id":12345,"errors":[{"code":161,"platform":"facebook","details":{"nested":true}}]}"#,
    ];
    for (n, body) in cases.iter().enumerate() {
        let response = app.ingest(&format!("odd-{n}"), body).await;
        assert_eq!(kinds(&response), ["account-disconnected"], "{body}");
    }
    let inbox: Value = app.inbox("odd-3", "").await;
    assert!(
        inbox["items"][0]["details"]
            .as_str()
            .unwrap_or_default()
            .contains("nested")
    );
}

/// A NUL character, which PostgreSQL's text cannot hold, is accepted the same way on both
/// backends: stored as U+FFFD in what herald derives, the raw body kept verbatim.
#[tokio::test]
async fn a_nul_character_is_accepted_alike_on_every_backend() {
    let app = spawn_app().await;
    let body = r#"{"status":"error","id":"x\u0000y","post":"caf\u0000e",
        "errors":[{"code":161,"platform":"facebook","message":"lost\u0000 access"}]}"#;
    let first = app.ingest("nul", body).await;
    assert_eq!(kinds(&first), ["account-disconnected"]);
    let again = app.post_result("nul", body).await;
    assert_eq!(again.status(), StatusCode::ACCEPTED);
    assert_eq!(
        again.headers()["idempotent-replayed"],
        "true",
        "the same Ayrshare id"
    );
    let inbox: Value = app.inbox("nul", "").await;
    let item = &inbox["items"][0];
    assert!(
        item["details"]
            .as_str()
            .expect("details")
            .contains("lost\u{FFFD} access"),
        "{item}"
    );
    assert!(
        item["body"].as_str().expect("body").contains("caf\u{FFFD}e"),
        "{item}"
    );
    let export = app.get_json("/v1/users/nul/export").await;
    assert_eq!(export["events"][0]["body"], body, "the raw body, verbatim");

    for path in [
        "/v1/users/nul/inbox?category=%00",
        "/v1/users/nul/inbox?after=%00",
        "/v1/users/nul/inbox?locale=%00",
        "/v1/deliveries?user=%00",
        "/v1/deliveries?after=%00",
        "/v1/webhooks/ayrshare/unrouted?after=%00",
    ] {
        let status = app.get(path).await.status();
        assert!(
            status.is_success() || status.is_client_error(),
            "{path}: {status}"
        );
    }

    for profile in [
        json!({"timezone": "Europe/Paris\u{0}"}),
        json!({"locale": "fr\u{0}"}),
        json!({"ayrshare_ref_ids": ["ref\u{0}"]}),
    ] {
        let status = app.put_json("/v1/users/nul", &profile).await.status();
        assert!(
            status.is_success() || status.is_client_error(),
            "{profile}: {status}"
        );
    }
}

/// A delivery cursor or id that herald never gave out is refused before any query.
#[tokio::test]
async fn delivery_ids_and_cursors_must_be_ones_herald_gave_out() {
    let app = spawn_app().await;
    for path in ["/v1/deliveries?after=zzz", "/v1/deliveries?after=%00"] {
        assert_problem(app.get(path).await, StatusCode::BAD_REQUEST).await;
    }
    for path in ["/v1/deliveries/%00", "/v1/deliveries/zzz"] {
        assert_problem(app.get(path).await, StatusCode::NOT_FOUND).await;
    }
    let retry = app.post("/v1/deliveries/%00/retry").await;
    assert_problem(retry, StatusCode::NOT_FOUND).await;
}

/// One request makes at most `ingest.max_notifications_per_result` notifications; the last
/// says how many more problems there were. A platform name herald does not know reaches
/// titles only as a short token, else as "your social network".
#[tokio::test]
async fn one_request_cannot_fan_out_without_bound() {
    let app = spawn_app().await;
    let mut errors: Vec<Value> = (0..58)
        .map(|n| json!({"code": 161, "platform": format!("net{n}"), "message": "auth"}))
        .collect();
    errors.push(json!({"code": 161, "platform": "<b>x</b>\r\nBcc: x@example.com"}));
    errors.push(json!({"code": 161, "platform": "x".repeat(300)}));
    let result = json!({"status": "error", "errors": errors}).to_string();
    let explained = app.post_body("/v1/explain", &result, &[]).await;
    let explained: Value = explained.json().await.expect("json");
    assert_eq!(
        explained["notifications"].as_array().map(Vec::len),
        Some(50),
        "as ingest would"
    );
    let receipt = app.ingest("fan", &result).await;
    let made = receipt["notifications"].as_array().expect("notifications").len();
    assert_eq!(made, 50, "the default cap");
    let inbox = app.inbox("fan", "?limit=100").await;
    assert_eq!(inbox["counts"]["total"], 50);
    let items = inbox["items"].as_array().expect("items");
    let said: Vec<&str> = items
        .iter()
        .filter_map(|i| i["body"].as_str())
        // 58 networks and one "other" (the two hostile names): 59 problems, 9 over the cap.
        .filter(|body| body.contains("9 more problems"))
        .collect();
    assert_eq!(said.len(), 1, "the last one says how many more: {said:?}");
    for item in items {
        let shown = format!("{} {} {}", item["title"], item["body"], item["action"]);
        assert!(!shown.contains('<') && !shown.contains("Bcc"), "{shown}");
    }

    let hostile = json!({"status": "error", "errors": [
        {"code": 161, "platform": "<b>x</b>"}, {"code": 161, "platform": "y".repeat(300)}
    ]});
    let receipt = app.ingest("names", &hostile.to_string()).await;
    assert_eq!(
        receipt["notifications"][0]["platforms"],
        json!(["other"]),
        "one problem"
    );
    let title = &app.inbox("names", "").await["items"][0]["title"];
    assert_eq!(title, "Reconnect your social network", "{title}");
}

/// A body announced larger than the limit is refused before herald says `100 Continue`, so
/// the client never sends it.
#[tokio::test]
async fn an_announced_oversized_body_is_refused_before_it_is_sent() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    let mut connection = tokio::net::TcpStream::connect(app.addr).await.expect("connect");
    let head = format!(
        "POST /v1/users/big/results HTTP/1.1\r\nHost: herald\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: 10000000000\r\nExpect: 100-continue\r\n\r\n",
        app.key
    );
    connection
        .write_all(head.as_bytes())
        .await
        .expect("send the head");
    let mut answer = vec![0; 4096];
    let read = connection.read(&mut answer).await.expect("an answer");
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert_nothing_stored(&app, "big").await;
}

/// The client's request id is echoed only when it is a short token; otherwise herald makes one.
#[tokio::test]
async fn a_request_id_is_echoed_only_when_it_is_a_short_token() {
    let app = spawn_app().await;
    let long = "x".repeat(65);
    for (sent, kept) in [
        ("0b5f2c1e-trace:42", true),
        ("<script>", false),
        ("a b", false),
        (long.as_str(), false),
    ] {
        let response = app.get_with("/v1/catalog", "x-request-id", sent).await;
        let echoed = response.headers()["x-request-id"]
            .to_str()
            .expect("id")
            .to_owned();
        assert_eq!(echoed == sent, kept, "{sent} -> {echoed}");
        assert!(!echoed.is_empty());
    }
}

/// A failure that sending the request again cannot fix (here a table that is gone) is a `500`
/// that names the request, not a `503` that invites an endless retry loop.
#[tokio::test]
async fn a_failure_retrying_cannot_fix_is_a_500_with_the_request_id() {
    use sqlx::Connection;
    let app = crate::helpers::spawn_sqlite("").await;
    let path = app.data_dir().join("herald.db");
    let mut connection = sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .expect("open the database");
    sqlx::query("DROP TABLE preferences")
        .execute(&mut connection)
        .await
        .expect("drop");
    let response = app.get("/v1/users/u/preferences").await;
    assert!(response.headers().get("retry-after").is_none());
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .expect("id")
        .to_owned();
    let problem = assert_problem(response, StatusCode::INTERNAL_SERVER_ERROR).await;
    assert_eq!(problem["type"], "urn:herald:problem:internal");
    assert_eq!(problem["request_id"], request_id.as_str());
}

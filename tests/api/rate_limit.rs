//! Rate limits: per API key, per user with an inbox token, per client IP without a valid
//! credential; `429 rate-limited` with `Retry-After` and the IETF `RateLimit` headers.
//! Budgets here are per minute, so that none refills while a test runs.

use reqwest::{Response, StatusCode};

use crate::helpers::{TestApp, assert_problem, fixture, herald_output, inbox_token, spawn_with};

async fn limited(response: Response, policy: &str, quota: u32, window: u64) {
    let headers = response.headers().clone();
    let problem = assert_problem(response, StatusCode::TOO_MANY_REQUESTS).await;
    assert_eq!(problem["type"], "urn:herald:problem:rate-limited");
    let retry: u64 = headers["retry-after"]
        .to_str()
        .expect("h")
        .parse()
        .expect("seconds");
    assert!((1..=window).contains(&retry), "{retry}");
    assert_eq!(
        headers["ratelimit-policy"],
        format!("\"{policy}\";q={quota};w={window}").as_str()
    );
    assert_eq!(
        headers["ratelimit"],
        format!("\"{policy}\";r=0;t={retry}").as_str()
    );
}

async fn app(limits: &str) -> TestApp {
    spawn_with(&format!("[rate_limit]\n{limits}")).await
}

#[tokio::test]
async fn an_api_key_gets_its_burst_then_429_and_health_checks_never_do() {
    let app = app("per_key = '60/min burst 3'").await;
    for _ in 0..3 {
        assert_eq!(app.get("/v1/catalog").await.status(), StatusCode::OK);
    }
    limited(app.get("/v1/catalog").await, "per-key", 60, 60).await;
    // Ingest is counted too, and refused before anything is stored.
    let refused = app.post_result("u", &fixture("facebook-auth-161.json")).await;
    limited(refused, "per-key", 60, 60).await;
    for _ in 0..20 {
        assert_eq!(
            app.client
                .get(app.url("/healthz"))
                .send()
                .await
                .expect("h")
                .status(),
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn each_user_has_a_budget_of_their_own() {
    let app = app("per_user = '60/min burst 2'").await;
    let (alice, bob) = (inbox_token(&app, "alice").await, inbox_token(&app, "bob").await);
    let read = |user: &'static str, token: String| {
        let request = app.client.get(app.url(&format!("/v1/users/{user}/inbox/counts")));
        async move { request.bearer_auth(token).send().await.expect("answer") }
    };
    for _ in 0..2 {
        assert_eq!(read("alice", alice.clone()).await.status(), StatusCode::OK);
    }
    limited(read("alice", alice.clone()).await, "per-user", 60, 60).await;
    assert_eq!(
        read("bob", bob).await.status(),
        StatusCode::OK,
        "bob's budget is his"
    );
    assert_eq!(
        app.get("/v1/users/alice/inbox/counts").await.status(),
        StatusCode::OK,
        "the key's is its own"
    );
}

#[tokio::test]
async fn guessing_credentials_is_slowed_per_client_ip() {
    let app = app("per_ip = '60/min burst 3'").await;
    let wrong = |path: &'static str| {
        let request = app.client.get(app.url(path)).bearer_auth("hk_guess_guess");
        async move { request.send().await.expect("answer") }
    };
    for path in ["/v1/catalog", "/v1/users/u/inbox", "/v1/deliveries"] {
        assert_eq!(wrong(path).await.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
    limited(wrong("/v1/catalog").await, "per-ip", 60, 60).await;
    // Public routes draw on the same budget; a valid key does not.
    let texts = app
        .client
        .get(app.url("/v1/users/u/inbox/texts"))
        .send()
        .await
        .expect("texts");
    limited(texts, "per-ip", 60, 60).await;
    assert_eq!(app.get("/v1/catalog").await.status(), StatusCode::OK);
}

#[test]
fn rates_are_checked_when_the_configuration_loads() {
    for (value, ok) in [
        ("50/s", true),
        ("600/min burst 20", true),
        ("fast", false),
        ("0/s", false),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let env = [
            ("HERALD_DATA_DIR", dir.path().display().to_string()),
            ("HERALD_RATE_LIMIT__PER_IP", value.to_owned()),
        ];
        let output = herald_output(&["check"], &env);
        assert_eq!(
            output.status.success(),
            ok,
            "{value}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        if !ok {
            let said = String::from_utf8_lossy(&output.stderr).to_lowercase();
            assert!(said.contains("per_ip"), "names the setting: {said}");
        }
    }
}

//! `GET /metrics`: Prometheus's text format behind an operator key, with what herald did.
//!
//! The recorder is process-wide and the unmapped-code series are capped, so this test scrapes
//! a herald process of its own: the other tests in this binary cannot fill its series.

use reqwest::{Client, StatusCode};
use serde_json::json;

use crate::helpers::{assert_problem, fixture, mailing_herald_env, start_herald};
use crate::smtp::Sink;

/// The value of the sample `series` (name and labels as Prometheus writes them), if present.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn metrics_count_results_notifications_codes_requests_and_emails() {
    let (sink, addr) = Sink::start();
    let dir = tempfile::tempdir().expect("dir");
    let (env, key) = mailing_herald_env(dir.path(), addr, "metrics");
    let herald = start_herald(&env).await;
    let base = herald.base();
    let client = Client::new();
    let anonymous = client
        .get(format!("{base}/metrics"))
        .send()
        .await
        .expect("answer");
    assert_problem(anonymous, StatusCode::UNAUTHORIZED).await;

    let put = client
        .put(format!("{base}/v1/users/m"))
        .bearer_auth(&key)
        .json(&json!({"email": "m@example.com"}))
        .send()
        .await
        .expect("put");
    assert_eq!(put.status(), StatusCode::CREATED);
    // A code no rule knows, on a platform herald knows and on one it does not: the label
    // names the known one, and `other` for the rest.
    let unknown = json!({"status": "error", "errors": [
        {"code": 987_651, "platform": "reddit", "message": "new"},
        {"code": 987_651, "platform": "<script>", "message": "new"}
    ]});
    for body in [fixture("x-credits-depleted-416.json"), unknown.to_string()] {
        let ingested = client
            .post(format!("{base}/v1/users/m/results"))
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("ingest");
        assert_eq!(ingested.status(), StatusCode::ACCEPTED);
    }
    let missing = client
        .get(format!("{base}/no/such/route/42"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("answer");
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    sink.wait_for(1).await;

    // The email's outcome is recorded after the SMTP answer: wait for it to show.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let text = loop {
        let response = client
            .get(format!("{base}/metrics"))
            .bearer_auth(&key)
            .send()
            .await
            .expect("scrape");
        assert_eq!(response.status(), StatusCode::OK);
        let kind = response.headers()["content-type"]
            .to_str()
            .expect("type")
            .to_owned();
        assert!(kind.starts_with("text/plain; version=0.0.4"), "{kind}");
        let text = response.text().await.expect("text");
        if sample(&text, r#"herald_deliveries_total{status="sent"}"#).is_some() {
            break text;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no sent delivery counted:\n{text}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    for series in [
        r#"herald_unmapped_codes_total{platform="reddit",code="987651"}"#,
        r#"herald_unmapped_codes_total{platform="other",code="987651"}"#,
        r#"herald_results_total{outcome="stored"}"#,
        r#"herald_notifications_total{kind="x-credits-depleted",outcome="created"}"#,
        r#"herald_http_requests_total{route="/v1/users/{user_id}/results",status="202"}"#,
        r#"herald_http_requests_total{route="unmatched",status="404"}"#,
        r#"herald_http_request_duration_seconds_count{route="/v1/users/{user_id}/results"}"#,
        "herald_ingest_batch_size_count",
        "herald_outbox_due",
        "herald_streams",
    ] {
        let value = sample(&text, series).unwrap_or_else(|| panic!("no {series} in\n{text}"));
        assert!(value >= 0.0, "{series} {value}");
    }
    assert!(
        sample(
            &text,
            r#"herald_unmapped_codes_total{platform="reddit",code="987651"}"#
        ) >= Some(1.0),
        "the unmapped code was counted"
    );
    assert!(
        !text.contains("<script>"),
        "labels are herald's, never the input's"
    );
    assert!(
        sample(&text, "herald_sqlite_wal_bytes").is_some(),
        "SQLite reports its WAL"
    );
}

//! `GET /metrics`: Prometheus's text format behind an operator key, with what herald did.

use reqwest::StatusCode;
use serde_json::json;

use crate::email::app_with_sink;
use crate::helpers::{assert_problem, fixture};
use crate::smtp::Sink;

/// The value of the sample `series` (name and labels as Prometheus writes them), if present.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn metrics_count_results_notifications_codes_requests_and_emails() {
    let (sink, addr) = Sink::start();
    let app = app_with_sink(addr.port(), "").await;
    let anonymous = app.client.get(app.url("/metrics")).send().await.expect("answer");
    assert_problem(anonymous, StatusCode::UNAUTHORIZED).await;

    app.put_user("m", json!({"email": "m@example.com"})).await;
    app.ingest("m", &fixture("x-credits-depleted-416.json")).await;
    // A code no rule knows, on a platform herald knows and on one it does not: the label
    // names the known one, and `other` for the rest.
    let unknown = json!({"status": "error", "errors": [
        {"code": 987_651, "platform": "reddit", "message": "new"},
        {"code": 987_651, "platform": "<script>", "message": "new"}
    ]});
    app.ingest("m", &unknown.to_string()).await;
    assert_eq!(app.get("/no/such/route/42").await.status(), StatusCode::NOT_FOUND);
    sink.wait_for(1).await;

    // The email's outcome is recorded after the SMTP answer: wait for it to show.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let text = loop {
        let response = app.get("/metrics").await;
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
    if app.db().wal().is_some() {
        assert!(
            sample(&text, "herald_sqlite_wal_bytes").is_some(),
            "SQLite reports its WAL"
        );
    }
}

//! Prometheus metrics: what herald counts as it works, recorded through the `metrics` facade
//! and rendered by `metrics-exporter-prometheus` for `GET /metrics` (`http::metrics`).
//!
//! Labels come from bounded sets only, so that no input can grow the registry: routes are the
//! router's patterns, kinds the catalog's, platforms the ones herald knows (else `other`).
//! Unmapped codes are the one label an input chooses; [`MAX_UNMAPPED_SERIES`] bounds them.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::Duration;

use metrics::{counter, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// The `(platform, code)` series `herald_unmapped_codes_total` keeps; codes beyond them are
/// counted as `code="other"`.
const MAX_UNMAPPED_SERIES: usize = 200;

/// The process's recorder, installed on first use (tests run many apps in one process: they
/// share it).
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("herald_http_request_duration_seconds".into()),
                &[
                    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0, 30.0,
                ],
            )
            .and_then(|b| {
                b.set_buckets_for_metric(
                    Matcher::Full("herald_ingest_batch_size".into()),
                    &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0],
                )
            });
        // Static bucket lists are always valid; a second recorder in the process is the only
        // failure left, and then this one only renders.
        let recorder = builder
            .unwrap_or_else(|_| PrometheusBuilder::new())
            .build_recorder();
        let handle = recorder.handle();
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// Installs the recorder now, and returns the task that folds histogram samples into their
/// buckets every `every` (they wait in memory until then).
pub fn upkeep(every: Duration) -> impl Future<Output = ()> {
    let handle = handle();
    async move {
        loop {
            tokio::time::sleep(every).await;
            handle.run_upkeep();
        }
    }
}

/// One HTTP request answered: `route` is the router's pattern (`/v1/users/{user_id}/inbox`).
pub fn request(route: &str, status: u16, took: Duration) {
    counter!("herald_http_requests_total", "route" => route.to_owned(), "status" => status.to_string())
        .increment(1);
    histogram!("herald_http_request_duration_seconds", "route" => route.to_owned()).record(took);
}

/// One result answered: `stored`, `replayed` or `key-reused`.
pub fn result(outcome: &'static str) {
    counter!("herald_results_total", "outcome" => outcome).increment(1);
}

/// `count` notifications `created`, `bumped`, `resolved` or `expired`.
pub fn notifications(kind: &str, outcome: &'static str, count: u64) {
    counter!("herald_notifications_total", "kind" => kind.to_owned(), "outcome" => outcome).increment(count);
}

/// A code herald has no rule for: it fell through to the generic kind. The signal that
/// Ayrshare has a new code.
pub fn unmapped_code(platform: &'static str, code: Option<&str>) {
    static SEEN: Mutex<Option<HashSet<(&'static str, String)>>> = Mutex::new(None);
    let code = code.unwrap_or("none");
    let kept = {
        let mut seen = SEEN.lock().unwrap_or_else(PoisonError::into_inner);
        let seen = seen.get_or_insert_with(HashSet::new);
        let key = (platform, code.to_owned());
        if seen.contains(&key) {
            true
        } else if seen.len() < MAX_UNMAPPED_SERIES {
            seen.insert(key);
            true
        } else {
            false
        }
    };
    let code = if kept { code.to_owned() } else { "other".to_owned() };
    counter!("herald_unmapped_codes_total", "platform" => platform, "code" => code).increment(1);
}

/// How many results one writer transaction stored.
pub fn ingest_batch(size: usize) {
    histogram!("herald_ingest_batch_size").record(size as f64);
}

/// A delivery's attempt ended in `status` (`sent`, `pending` for a retry, `dead`, `suppressed`).
pub fn delivery(status: &'static str) {
    counter!("herald_deliveries_total", "status" => status).increment(1);
}

/// The gauges a scrape reads fresh.
pub struct Gauges {
    pub outbox_due: u64,
    pub sqlite_wal_bytes: Option<u64>,
    pub streams: usize,
}

/// The metrics in Prometheus's text format, with `gauges` as they are now.
pub fn render(gauges: &Gauges) -> String {
    metrics::gauge!("herald_outbox_due").set(gauges.outbox_due as f64);
    if let Some(bytes) = gauges.sqlite_wal_bytes {
        metrics::gauge!("herald_sqlite_wal_bytes").set(bytes as f64);
    }
    metrics::gauge!("herald_streams").set(gauges.streams as f64);
    handle().render()
}

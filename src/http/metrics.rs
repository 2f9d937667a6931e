//! `GET /metrics`: Prometheus's text format (see `crate::metrics` for what is counted), for
//! an operator key like every operator route; and the middleware that counts and times every
//! request by its route.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::Operator;
use super::openapi::WithKey;
use super::problem::Problem;
use crate::clock::Clock;
use crate::live::Live;
use crate::metrics::{self, Gauges};
use crate::store::Db;

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new().routes(routes!(scrape))
}

#[utoipa::path(
    get,
    path = "/metrics",
    tag = "operations",
    operation_id = "metrics",
    summary = "Prometheus metrics, in its text format",
    responses(
        (status = 200, description = "The metrics.", content_type = "text/plain", body = String),
        WithKey,
    ),
    security(("api_key" = []))
)]
async fn scrape(
    State(db): State<Db>,
    State(live): State<Live>,
    State(clock): State<Clock>,
    _: Operator,
) -> Result<Response, Problem> {
    let gauges = Gauges {
        outbox_due: u64::try_from(db.outbox_due(clock.now_ms()).await?).unwrap_or(0),
        sqlite_wal_bytes: db.wal().map(|wal| wal.bytes()),
        streams: live.waiting(),
    };
    let mut response = metrics::render(&gauges).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    Ok(response)
}

/// Counts and times the request under its route's pattern (`unmatched` for a path no route
/// serves, so that probing paths cannot grow the registry).
pub async fn track(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request.extensions().get::<MatchedPath>().cloned();
    let response = next.run(request).await;
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    metrics::request(route, response.status().as_u16(), started.elapsed());
    response
}

//! The HTTP API (design §4): one module per resource, each with its own router.

pub mod auth;
mod catalog;
mod deliveries;
mod health;
pub mod inbox;
mod ingest;
mod preferences;
pub mod problem;
mod unsubscribe;
mod users;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::app::AppState;
pub use catalog::explain_classification;
use problem::Problem;

/// The whole API with its middleware.
pub fn router(app: AppState) -> Router {
    let api = Router::new()
        .merge(ingest::router())
        .merge(inbox::router())
        .merge(users::router())
        .merge(catalog::router())
        .merge(deliveries::router())
        .merge(preferences::router())
        .merge(unsubscribe::router())
        .merge(health::router());
    with_middleware(api, app)
}

/// Only `/healthz` and `/readyz`: what a worker-only instance serves.
pub fn health_router(app: AppState) -> Router {
    with_middleware(health::router(), app)
}

fn with_middleware(routes: Router<AppState>, app: AppState) -> Router {
    let max_body = app.config.ingest.max_body_bytes;
    routes
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(CatchPanicLayer::custom(|_| panicked()))
        .layer(TraceLayer::new_for_http())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(app)
}

async fn not_found() -> Problem {
    Problem::not_found("no such route; see the README for the API")
}

async fn method_not_allowed() -> Problem {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "this route does not take that method",
    )
}

fn panicked() -> Response {
    tracing::error!("a request handler panicked");
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "herald failed on this request; it has been logged",
    )
    .into_response()
}

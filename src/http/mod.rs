//! The HTTP API: one module per resource, each with its own router and the state it needs
//! ([`ApiState`] hands each handler only its part). The README lists every route.

pub mod auth;
mod catalog;
mod deliveries;
mod health;
pub mod inbox;
pub mod ingest;
mod preferences;
pub mod problem;
mod request_id;
mod unsubscribe;
mod users;
pub mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio::sync::Notify;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::clock::Clock;
use crate::domain::catalog::Catalog;
use crate::store::Db;
use crate::texts::Texts;
pub use auth::Auth;
pub use inbox::Inbox;
pub use ingest::Ingest;
use problem::{Problem, Type};
pub use unsubscribe::Pages;
pub use users::Users;
pub use webhooks::AyrshareHooks;

/// What the API's handlers share, built once by `app::start`; each handler extracts only the
/// component it needs. axum clones the state for every request, so it is one `Arc`: cloning
/// the components themselves cost about 4,000 instructions per `304` (callgrind).
#[derive(Clone)]
pub struct ApiState(Arc<Components>);

impl ApiState {
    pub fn new(components: Components) -> Self {
        Self(Arc::new(components))
    }
}

/// `State<Inbox>` and the like: a handler gets (a clone of) its own component only.
macro_rules! substates {
    ($($component:ty => $field:ident),* $(,)?) => {
        $(impl FromRef<ApiState> for $component {
            fn from_ref(state: &ApiState) -> Self {
                state.0.$field.clone()
            }
        })*
    };
}

substates! {
    Auth => auth,
    Ingest => ingest,
    Inbox => inbox,
    Users => users,
    AyrshareHooks => webhooks,
    Pages => pages,
    Texts => texts,
    Arc<Catalog> => catalog,
    Db => db,
    Clock => clock,
    Arc<Notify> => outbox_wake,
}

pub struct Components {
    pub auth: Auth,
    pub ingest: Ingest,
    pub inbox: Inbox,
    pub users: Users,
    pub webhooks: AyrshareHooks,
    pub pages: Pages,
    pub texts: Texts,
    pub catalog: Arc<Catalog>,
    pub db: Db,
    pub clock: Clock,
    /// Wakes this process's email worker when a delivery is queued again by hand.
    pub outbox_wake: Arc<Notify>,
}

/// The whole API with its middleware.
pub fn router(state: ApiState, max_body: usize) -> Router {
    let api = Router::new()
        .merge(ingest::router())
        .merge(inbox::router())
        .merge(users::router())
        .merge(webhooks::router())
        .merge(catalog::router())
        .merge(deliveries::router())
        .merge(preferences::router())
        .merge(unsubscribe::router())
        .merge(health::router())
        .with_state(state);
    with_middleware(api, max_body)
}

/// Only `/healthz` and `/readyz`: what a worker-only instance serves.
pub fn health_router(db: Db) -> Router {
    // Health checks take no body.
    with_middleware(health::router().with_state(db), 0)
}

fn with_middleware(routes: Router, max_body: usize) -> Router {
    routes
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(CatchPanicLayer::custom(|_| panicked()))
        .layer(request_id::ScopeLayer)
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            let id = request
                .headers()
                .get(request_id::HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            tracing::info_span!("request", method = %request.method(), uri = %request.uri(), request_id = id)
        }))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

async fn not_found() -> Problem {
    Problem::not_found("no such route; see the README for the API")
}

async fn method_not_allowed() -> Problem {
    Problem::new(Type::MethodNotAllowed, "this route does not take that method")
}

fn panicked() -> Response {
    tracing::error!("a request handler panicked");
    Problem::new(
        Type::Internal,
        "herald failed on this request; it has been logged",
    )
    .into_response()
}

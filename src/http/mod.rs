//! The HTTP API: one module per resource, each with its own router and the state it needs
//! ([`ApiState`] hands each handler only its part). The README lists every route.

pub mod auth;
mod catalog;
mod component;
mod deliveries;
pub mod generations;
mod health;
pub mod inbox;
pub mod ingest;
mod live;
mod metrics;
pub mod openapi;
mod preferences;
pub mod problem;
pub mod rate_limit;
mod request_id;
pub mod server;
mod stream_connection;
mod unsubscribe;
mod users;
pub mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::{HeaderName, HeaderValue, Method, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Router};
use tokio::sync::Notify;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::clock::Clock;
use crate::domain::catalog::Catalog;
use crate::live::Live;
use crate::store::Db;
use crate::texts::Texts;
pub use auth::Auth;
pub use component::TEXTS as COMPONENT_TEXTS;
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
    Live => live,
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
    pub live: Live,
    /// Wakes this process's email worker when a delivery is queued again by hand.
    pub outbox_wake: Arc<Notify>,
}

/// How long a request may take to answer (its body may stream on): a long-poll waits up to
/// 30 s before it answers, so its routes have longer.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const LONG_POLL_TIMEOUT: Duration = Duration::from_secs(45);
/// How long a request body may pause before it is refused (`408 body-timeout`): a client that
/// stops sending holds its request no longer than a slow header is held.
const BODY_PAUSE_TIMEOUT: Duration = Duration::from_secs(10);

/// The whole API with its middleware; `allowed_origins` may call the inbox routes from a
/// browser (CORS).
pub fn router(state: ApiState, max_body: usize, allowed_origins: &[String]) -> Router {
    let (api, document) = routes(max_body).split_for_parts();
    let document = openapi::Document(document.to_json().unwrap_or_default().into());
    let api = api.layer(Extension(document)).with_state(state);
    with_middleware(api.fallback(not_found), max_body, cors(allowed_origins))
}

/// Every route with its description, which `/openapi.json` serves; bodies announced larger
/// than `max_body` are refused.
fn routes(max_body: usize) -> OpenApiRouter<ApiState> {
    OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(ingest::router())
        .merge(users::router())
        .merge(webhooks::router())
        .merge(catalog::router())
        .merge(preferences::router())
        .merge(inbox::router())
        .merge(component::router())
        .merge(deliveries::router())
        .merge(unsubscribe::router())
        .merge(health::router())
        .merge(metrics::router())
        .routes(utoipa_axum::routes!(openapi::document))
        .layer(timeout(REQUEST_TIMEOUT))
        .merge(live::router().layer(timeout(LONG_POLL_TIMEOUT)))
        // A body announced larger than the limit is refused before herald answers
        // `Expect: 100-continue`, reads a byte of it or acts: on every route, also those that
        // read no body.
        .route_layer(axum::middleware::from_fn_with_state(
            max_body,
            refuse_announced_oversize,
        ))
}

async fn refuse_announced_oversize(
    axum::extract::State(max_body): axum::extract::State<usize>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|length| length.to_str().ok()?.parse::<u64>().ok());
    match announced {
        Some(length) if length > max_body as u64 => Problem::body_too_large().into_response(),
        _ => next.run(request).await,
    }
}

/// Only `/healthz` and `/readyz`: what a worker-only instance serves.
pub fn health_router(db: Db) -> Router {
    // Health checks take no body.
    with_middleware(health_routes(db).fallback(not_found), 0, None)
}

/// What a connection over `http.max_connections` is served: health checks, and `503` for
/// everything else.
pub fn overflow_router(db: Db) -> Router {
    with_middleware(health_routes(db).fallback(at_capacity), 0, None)
}

fn health_routes(db: Db) -> Router {
    let (routes, _) = health::router().split_for_parts();
    routes.layer(timeout(REQUEST_TIMEOUT)).with_state(db)
}

async fn at_capacity() -> Problem {
    Problem::unavailable("herald is at its connection limit (http.max_connections); send again shortly")
}

fn timeout(after: Duration) -> TimeoutLayer {
    TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, after)
}

/// CORS for the browser routes (a user's inbox, its feed and stream): these origins only, the
/// methods and headers a dashboard uses, and `ETag` readable by its script. No credentials
/// (cookies): access is a token. The operator's routes never answer CORS.
fn cors(allowed_origins: &[String]) -> Option<CorsLayer> {
    if allowed_origins.is_empty() {
        return None;
    }
    let origins: Vec<HeaderValue> = allowed_origins
        .iter()
        .filter_map(|origin| HeaderValue::from_str(origin).ok())
        .collect();
    let allowed = move |origin: &HeaderValue, request: &axum::http::request::Parts| {
        is_browser_route(request.uri.path()) && origins.contains(origin)
    };
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::predicate(allowed))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([
                header::AUTHORIZATION,
                header::IF_NONE_MATCH,
                header::ACCEPT_LANGUAGE,
                header::CONTENT_TYPE,
                HeaderName::from_static("last-event-id"),
            ])
            .expose_headers([header::ETAG, header::RETRY_AFTER])
            .max_age(Duration::from_secs(600)),
    )
}

/// `/v1/users/{user_id}/inbox` and everything under it.
fn is_browser_route(path: &str) -> bool {
    path.strip_prefix("/v1/users/")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(_, rest)| rest == "inbox" || rest.starts_with("inbox/"))
}

/// The middleware every request passes, around the routes as one service rather than
/// through `Router::layer`: that wraps each route in one more boxed service per layer, and
/// axum clones a route's whole chain of boxes for every request (callgrind: about 85 boxed
/// clones per request, 31,000 of the 225,000 instructions an ingested result cost the request
/// threads). Only the metrics stay inside the router,
/// because they name the matched route. CORS, outermost, answers preflights itself. `routes`
/// come with their fallback.
fn with_middleware(routes: Router, max_body: usize, cors: Option<CorsLayer>) -> Router {
    let routes = routes
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(metrics::track));
    let stack = tower::ServiceBuilder::new()
        .option_layer(cors)
        // CORS answers preflights with an empty body of the inner body's type.
        .map_response(IntoResponse::into_response)
        .map_request(request_id::drop_unusable::<axum::body::Body>)
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            let id = request
                .headers()
                .get(request_id::HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            // The path only: a stream's query carries its token, which is never logged.
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = id)
        }))
        .layer(request_id::ScopeLayer)
        .layer(CatchPanicLayer::custom(|_| panicked()))
        .layer(axum::middleware::from_fn(require_one_host))
        .layer(RequestBodyTimeoutLayer::new(BODY_PAUSE_TIMEOUT))
        .layer(DefaultBodyLimit::max(max_body))
        .service(routes);
    Router::new().fallback_service(stack)
}

/// Notification and delivery ids are UUIDs: anything else names no record, and never reaches
/// the database (PostgreSQL refuses a NUL in text, for one).
fn is_record_id(id: &str) -> bool {
    uuid::Uuid::try_parse(id).is_ok()
}

/// RFC 9112 (3.2): a request with more than one `Host`, an invalid one, or none in HTTP/1.1 is
/// refused (`400`), so that no proxy in front can read it differently from herald.
async fn require_one_host(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let mut hosts = request.headers().get_all(header::HOST).iter();
    let valid = match (hosts.next(), hosts.next()) {
        (Some(host), None) => host
            .to_str()
            .is_ok_and(|host| host.parse::<axum::http::uri::Authority>().is_ok()),
        (None, _) => request.version() < axum::http::Version::HTTP_11,
        (Some(_), Some(_)) => false,
    };
    if valid {
        next.run(request).await
    } else {
        Problem::invalid("header.Host", "send exactly one valid Host header").into_response()
    }
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

//! Errors as `application/problem+json` (RFC 9457).
//!
//! Problem details are written for the developers integrating with herald, in English, and
//! are part of the API contract; the texts people read in the inbox and in emails come from
//! Fluent. `type` is `urn:herald:problem:<slug>`, one per [`Type`]; the README lists them.
//!
//! Failures on herald's side tell the truth: a transient one (the database is busy or out of
//! reach, the pool timed out, herald is stopping) is a `503` with `Retry-After`, because the same
//! request will succeed shortly; anything else is a `500` that names the request id, so that a
//! deterministic bug is reported once instead of retried forever. Either is logged once, with
//! its cause, where it is turned into a problem.

use axum::Json;
use axum::extract::rejection::{BytesRejection, JsonRejection, QueryRejection};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::store::StoreError;
use crate::store::writer::WriteError;

const RATELIMIT_POLICY: HeaderName = HeaderName::from_static("ratelimit-policy");
const RATELIMIT: HeaderName = HeaderName::from_static("ratelimit");

/// Every kind of problem herald answers with, and its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// 400: a bad path, query, header or body field (422 for a body of the wrong shape).
    InvalidInput,
    InvalidJson,
    UnreadableBody,
    /// 408: the body stopped coming.
    BodyTimeout,
    BodyTooLarge,
    UnsupportedMediaType,
    NotAResult,
    NotAWebhook,
    IdempotencyKeyReused,
    /// 409: an Ayrshare refId another user holds.
    RefIdTaken,
    Unauthorized,
    /// 403: the Ayrshare webhook route without a secret to check signatures with.
    WebhooksNotConfigured,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    NotRetryable,
    /// 410: the change feed cannot tell what changed since that version; reload the inbox.
    InboxReload,
    /// 429: this user already holds as many long-polls and streams as one user may.
    TooManyWaiting,
    /// 429: over a rate limit (`[rate_limit]`).
    RateLimited,
    Unavailable,
    Internal,
}

impl Type {
    pub fn slug(self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid-input",
            Self::InvalidJson => "invalid-json",
            Self::UnreadableBody => "unreadable-body",
            Self::BodyTimeout => "body-timeout",
            Self::BodyTooLarge => "body-too-large",
            Self::UnsupportedMediaType => "unsupported-media-type",
            Self::NotAResult => "not-a-result",
            Self::NotAWebhook => "not-a-webhook",
            Self::IdempotencyKeyReused => "idempotency-key-reused",
            Self::RefIdTaken => "ref-id-taken",
            Self::Unauthorized => "unauthorized",
            Self::WebhooksNotConfigured => "webhooks-not-configured",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not-found",
            Self::MethodNotAllowed => "method-not-allowed",
            Self::NotRetryable => "not-retryable",
            Self::InboxReload => "inbox-reload",
            Self::TooManyWaiting => "too-many-waiting",
            Self::RateLimited => "rate-limited",
            Self::Unavailable => "unavailable",
            Self::Internal => "internal",
        }
    }

    /// Whether its answer says when to send the request again (`Retry-After`).
    pub fn sends_retry_after(self) -> bool {
        matches!(self, Self::Unavailable | Self::TooManyWaiting | Self::RateLimited)
    }

    pub fn status(self) -> StatusCode {
        match self {
            Self::InvalidInput | Self::InvalidJson | Self::UnreadableBody => StatusCode::BAD_REQUEST,
            Self::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            Self::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::NotAResult | Self::NotAWebhook | Self::IdempotencyKeyReused => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::WebhooksNotConfigured => StatusCode::FORBIDDEN,
            Self::RefIdTaken => StatusCode::CONFLICT,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::NotRetryable => StatusCode::CONFLICT,
            Self::InboxReload => StatusCode::GONE,
            Self::TooManyWaiting | Self::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Problem {
    kind: Type,
    status: StatusCode,
    detail: String,
    /// The request id of a `500`, to quote when reporting it.
    request_id: Option<String>,
    errors: Vec<FieldError>,
    /// The limit a `429 rate-limited` hit.
    limited: Option<Limited>,
}

/// A rate limit that refused a request, as its headers tell it (the IETF draft
/// "RateLimit header fields for HTTP": `RateLimit-Policy` and `RateLimit`).
#[derive(Debug, Clone, Copy)]
pub struct Limited {
    /// `per-key`, `per-user` or `per-ip`.
    pub policy: &'static str,
    /// How many requests the window allows, and the window in seconds.
    pub quota: u32,
    pub window_secs: u64,
    /// Whole seconds until a request is allowed again (at least 1).
    pub retry_secs: u64,
}

/// The JSON body of a problem (RFC 9457).
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Problem)]
pub struct ProblemBody<'a> {
    /// `urn:herald:problem:<slug>`: what went wrong, for code to act on.
    #[serde(rename = "type")]
    #[schema(example = "urn:herald:problem:invalid-input")]
    kind: String,
    /// The status's reason phrase.
    title: &'static str,
    status: u16,
    /// What went wrong and what to do, for the developer reading it.
    detail: &'a str,
    /// The request id of a `500`, to quote when reporting it.
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
    /// The invalid fields of a `400`, by path.
    #[serde(skip_serializing_if = "<[FieldError]>::is_empty")]
    #[schema(value_type = Vec<FieldError>, required = false)]
    errors: &'a [FieldError],
}

/// One invalid input field, by its path (`body.email`, `query.limit`).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(kind: Type, detail: impl Into<String>) -> Self {
        Self::with_status(kind, kind.status(), detail)
    }

    fn with_status(kind: Type, status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            kind,
            status,
            detail: detail.into(),
            request_id: None,
            errors: Vec::new(),
            limited: None,
        }
    }

    pub fn rate_limited(limited: Limited) -> Self {
        let mut problem = Self::new(
            Type::RateLimited,
            format!(
                "too many requests ({} limit: {} per {} s); send again in {} s",
                limited.policy, limited.quota, limited.window_secs, limited.retry_secs
            ),
        );
        problem.limited = Some(limited);
        problem
    }

    /// A 400 naming the invalid field.
    pub fn invalid(path: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        let mut problem = Self::new(Type::InvalidInput, format!("{path}: {message}"));
        problem.errors.push(FieldError {
            path: path.to_owned(),
            message,
        });
        problem
    }

    /// `urn:herald:problem:<slug>`, as the body's `type`.
    pub fn type_uri(&self) -> String {
        format!("urn:herald:problem:{}", self.kind.slug())
    }

    pub fn kind(&self) -> Type {
        self.kind
    }

    pub fn detail(&self) -> &str {
        &self.detail
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(Type::Unauthorized, detail)
    }

    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(Type::NotFound, detail)
    }

    /// Something on our side is briefly out of order; the same request succeeds shortly.
    pub fn unavailable(detail: impl Into<String>) -> Self {
        Self::new(Type::Unavailable, detail)
    }

    /// A failure on our side that trying again will not fix: logged here, once, with its
    /// cause chain; answered with the request id and without the cause.
    pub fn internal(error: &(dyn std::error::Error + 'static)) -> Self {
        let request_id = super::request_id::current();
        tracing::error!(error = %Chain(error), request_id = request_id.as_deref(), "request failed");
        let mut problem = Self::new(
            Type::Internal,
            "herald failed on this request; it has been logged under its request id",
        );
        problem.request_id = request_id;
        problem
    }
}

/// An error with its sources, `outer: inner: innermost`.
struct Chain<'a>(&'a (dyn std::error::Error + 'static));

impl std::fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(error) = source {
            write!(f, ": {error}")?;
            source = error.source();
        }
        Ok(())
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = ProblemBody {
            kind: self.type_uri(),
            title: self.status.canonical_reason().unwrap_or("Error"),
            status: self.status.as_u16(),
            detail: &self.detail,
            request_id: self.request_id.as_deref(),
            errors: &self.errors,
        };
        let mut response = (self.status, Json(body)).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        // The same request succeeds shortly: say when to send it again.
        match self.kind {
            Type::Unavailable => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            }
            // One of the user's waiting connections must end first.
            Type::TooManyWaiting => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            }
            _ => {}
        }
        if let Some(limited) = self.limited {
            let Limited {
                policy,
                quota,
                window_secs,
                retry_secs,
            } = limited;
            let values = [
                (header::RETRY_AFTER, retry_secs.to_string()),
                (
                    RATELIMIT_POLICY,
                    format!("\"{policy}\";q={quota};w={window_secs}"),
                ),
                (RATELIMIT, format!("\"{policy}\";r=0;t={retry_secs}")),
            ];
            for (name, value) in values {
                if let Ok(value) = HeaderValue::from_str(&value) {
                    headers.insert(name, value);
                }
            }
        }
        response
    }
}

impl From<StoreError> for Problem {
    fn from(error: StoreError) -> Self {
        if error.is_transient() {
            tracing::warn!(%error, "storage is briefly unavailable");
            Self::unavailable("storage is briefly unavailable; try again")
        } else {
            Self::internal(&error)
        }
    }
}

impl From<WriteError> for Problem {
    fn from(error: WriteError) -> Self {
        match error {
            WriteError::Closed => Self::unavailable("herald is shutting down; send the result again"),
            WriteError::Store(error) if error.is_transient() => {
                tracing::warn!(%error, "storing a result failed for now");
                Self::unavailable("the result could not be stored yet; send it again")
            }
            WriteError::Store(error) => Self::internal(&*error),
        }
    }
}

impl Problem {
    pub fn body_too_large() -> Self {
        Self::new(
            Type::BodyTooLarge,
            "the request body is larger than this herald accepts (ingest.max_body_bytes)",
        )
    }
}

impl From<BytesRejection> for Problem {
    fn from(rejection: BytesRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::body_too_large()
        } else if timed_out(&rejection) {
            Self::new(
                Type::BodyTimeout,
                "the body stopped coming before its end; nothing was stored",
            )
        } else {
            Self::new(Type::UnreadableBody, rejection.body_text())
        }
    }
}

/// Whether reading the body failed because it stopped coming (`RequestBodyTimeoutLayer`).
fn timed_out(rejection: &BytesRejection) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(rejection);
    while let Some(error) = cause {
        if error.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = error.source();
    }
    false
}

impl From<JsonRejection> for Problem {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::MissingJsonContentType(_) => unsupported_media_type(),
            JsonRejection::BytesRejection(inner) => inner.into(),
            JsonRejection::JsonSyntaxError(e) => Self::new(Type::InvalidJson, e.body_text()),
            other => Self::with_status(
                Type::InvalidInput,
                StatusCode::UNPROCESSABLE_ENTITY,
                other.body_text(),
            ),
        }
    }
}

impl From<QueryRejection> for Problem {
    fn from(rejection: QueryRejection) -> Self {
        Self::new(Type::InvalidInput, rejection.body_text())
    }
}

pub fn unsupported_media_type() -> Problem {
    Problem::new(
        Type::UnsupportedMediaType,
        "send the body as JSON with `Content-Type: application/json`",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn parts(problem: Problem) -> (StatusCode, Option<String>, serde_json::Value) {
        let response = problem.into_response();
        let status = response.status();
        let retry = response
            .headers()
            .get(header::RETRY_AFTER)
            .map(|v| v.to_str().unwrap_or_default().to_owned());
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap_or_default();
        (status, retry, serde_json::from_slice(&body).unwrap_or_default())
    }

    #[tokio::test]
    async fn only_transient_failures_ask_for_a_retry() {
        let busy = StoreError::Sqlx(sqlx::Error::PoolTimedOut);
        let (status, retry, body) = parts(busy.into()).await;
        assert_eq!(
            (status, retry.as_deref()),
            (StatusCode::SERVICE_UNAVAILABLE, Some("1"))
        );
        assert_eq!(body["type"], "urn:herald:problem:unavailable");

        let bug = StoreError::Other("a statement that can never succeed".into());
        let (status, retry, body) = parts(bug.into()).await;
        assert_eq!((status, retry), (StatusCode::INTERNAL_SERVER_ERROR, None));
        assert_eq!(body["type"], "urn:herald:problem:internal");
        assert!(
            !body.to_string().contains("can never succeed"),
            "the cause is logged, not answered: {body}"
        );
    }

    #[tokio::test]
    async fn a_500_names_the_request_it_failed() {
        let id = HeaderValue::from_static("req-42");
        let problem = super::super::request_id::with_id(id, async {
            Problem::internal(&StoreError::Other("bug".into()))
        })
        .await;
        let (_, _, body) = parts(problem).await;
        assert_eq!(body["request_id"], "req-42");
    }

    #[test]
    fn every_type_has_its_own_slug() {
        let all = [
            Type::InvalidInput,
            Type::InvalidJson,
            Type::UnreadableBody,
            Type::BodyTimeout,
            Type::BodyTooLarge,
            Type::UnsupportedMediaType,
            Type::NotAResult,
            Type::IdempotencyKeyReused,
            Type::Unauthorized,
            Type::Forbidden,
            Type::NotFound,
            Type::MethodNotAllowed,
            Type::NotRetryable,
            Type::RateLimited,
            Type::Unavailable,
            Type::Internal,
        ];
        let slugs: std::collections::HashSet<&str> = all.iter().map(|t| t.slug()).collect();
        assert_eq!(slugs.len(), all.len());
        assert!(
            all.iter()
                .all(|t| t.status().is_client_error() || t.status().is_server_error())
        );
    }
}

//! Errors as `application/problem+json` (RFC 9457).
//!
//! Problem details are written for the developers integrating with herald, in English, and
//! are part of the API contract; the texts people read in the inbox and in emails come from
//! Fluent. `type` is `urn:herald:problem:<slug>`; the README lists the slugs.

use axum::Json;
use axum::extract::rejection::{BytesRejection, JsonRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    kind: String,
    title: &'static str,
    status: u16,
    detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<FieldError>,
    #[serde(skip)]
    retry_after: Option<u32>,
}

/// One invalid input field, by its path (`body.email`, `query.limit`).
#[derive(Debug, Clone, Serialize)]
pub struct FieldError {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(status: StatusCode, slug: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("urn:herald:problem:{slug}"),
            title: status.canonical_reason().unwrap_or("Error"),
            status: status.as_u16(),
            detail: detail.into(),
            errors: Vec::new(),
            retry_after: None,
        }
    }

    /// A 400 naming the invalid field.
    pub fn invalid(path: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        let mut problem = Self::new(
            StatusCode::BAD_REQUEST,
            "invalid-input",
            format!("{path}: {message}"),
        );
        problem.errors.push(FieldError {
            path: path.to_owned(),
            message,
        });
        problem
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", detail)
    }

    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", detail)
    }

    /// Something on our side failed; the client may try again shortly.
    pub fn unavailable(detail: impl Into<String>) -> Self {
        let mut problem = Self::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", detail);
        problem.retry_after = Some(1);
        problem
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry_after = self.retry_after;
        let mut response = (status, Json(self)).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(seconds) = retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// Storage failures are logged with their cause and answered without it.
impl From<crate::store::StoreError> for Problem {
    fn from(error: crate::store::StoreError) -> Self {
        tracing::error!(%error, "storage error");
        Self::unavailable("storage is unavailable; try again")
    }
}

impl From<BytesRejection> for Problem {
    fn from(rejection: BytesRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body-too-large",
                "the request body is larger than this herald accepts (ingest.max_body_bytes)",
            )
        } else {
            Self::new(StatusCode::BAD_REQUEST, "unreadable-body", rejection.body_text())
        }
    }
}

impl From<JsonRejection> for Problem {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::MissingJsonContentType(_) => unsupported_media_type(),
            JsonRejection::BytesRejection(inner) => inner.into(),
            JsonRejection::JsonSyntaxError(e) => {
                Self::new(StatusCode::BAD_REQUEST, "invalid-json", e.body_text())
            }
            other => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid-input",
                other.body_text(),
            ),
        }
    }
}

impl From<QueryRejection> for Problem {
    fn from(rejection: QueryRejection) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid-input", rejection.body_text())
    }
}

pub fn unsupported_media_type() -> Problem {
    Problem::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported-media-type",
        "send the body as JSON with `Content-Type: application/json`",
    )
}

//! `POST /v1/users/{user_id}/results`: one Ayrshare result in, a 202 once it is durable.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use jiff::Timestamp;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::ApiState;
use super::auth::{Operator, UserPath};
use super::problem::{Problem, Type, unsupported_media_type};
use crate::clock::Clock;
use crate::domain::catalog::Catalog;
use crate::domain::classify::{Classification, classify};
use crate::domain::receipt::Receipt;
use crate::domain::result;
use crate::store::writer::Writer;
use crate::store::{IngestJob, IngestReply};

/// What ingest needs: the catalog that classifies, the writer that commits, the clock.
#[derive(Clone)]
pub struct Ingest {
    catalog: Arc<Catalog>,
    writer: Writer,
    clock: Clock,
}

impl Ingest {
    pub fn new(catalog: Arc<Catalog>, writer: Writer, clock: Clock) -> Self {
        Self {
            catalog,
            writer,
            clock,
        }
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Parses and classifies a body: the shared front half of ingest and explain.
    pub fn read(&self, body: &[u8], now: Timestamp) -> Result<(Value, Classification), Problem> {
        let value: Value = serde_json::from_slice(body).map_err(|e| {
            let detail = if e.to_string().starts_with("recursion limit exceeded") {
                "the JSON is nested more than 128 levels deep".to_owned()
            } else {
                format!("the body is not valid JSON: {e}")
            };
            Problem::new(Type::InvalidJson, detail)
        })?;
        let outcomes = result::parse(&value).map_err(|e| Problem::new(Type::NotAResult, e.to_string()))?;
        let classification = classify(&self.catalog, &outcomes, now);
        Ok((value, classification))
    }
}

pub fn router() -> Router<ApiState> {
    Router::new().route("/v1/users/{user_id}/results", post(ingest))
}

async fn ingest(
    State(ingest): State<Ingest>,
    _: Operator,
    UserPath(user_id): UserPath,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    let body = body?;
    require_json(&headers)?;
    let now = ingest.now();
    let (value, classification) = ingest.read(&body, now)?;
    let language = translate_header(&headers)?;
    let body_hash = hex::encode(Sha256::digest(&body));
    let idem_key = match idempotency_header(&headers)? {
        Some(key) => Some(key),
        // Without a key, the same Ayrshare result (same id, same body) is the same event.
        None => ayrshare_id(&value).map(|id| format!("ayrshare:{id}:{}", &body_hash[..16])),
    };
    drop(value);
    let job = IngestJob {
        event_id: uuid::Uuid::now_v7().to_string(),
        user_id,
        idem_key,
        body_hash,
        language,
        received_at: now.as_millisecond(),
        body: String::from_utf8(Vec::from(body))
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        classification,
    };
    match ingest.writer.submit(job).await? {
        IngestReply::Stored(receipt) => Ok(accepted(&receipt, false)),
        IngestReply::Replayed(receipt) => Ok(accepted(&receipt, true)),
        IngestReply::KeyReused => Err(Problem::new(
            Type::IdempotencyKeyReused,
            "this Idempotency-Key was already used for a different result; use a new key for a new result",
        )),
    }
}

fn accepted(receipt: &Receipt, replayed: bool) -> Response {
    let mut response = (StatusCode::ACCEPTED, Json(receipt)).into_response();
    if replayed {
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

/// `application/json`, `application/problem+json`-style `+json` types, with any parameters.
pub fn require_json(headers: &HeaderMap) -> Result<(), Problem> {
    let essence = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    match essence.as_deref() {
        Some("application/json") => Ok(()),
        Some(t) if t.starts_with("application/") && t.ends_with("+json") => Ok(()),
        _ => Err(unsupported_media_type()),
    }
}

/// `Translate-Error-Message`: the language Ayrshare was asked to translate messages into.
pub fn translate_header(headers: &HeaderMap) -> Result<Option<String>, Problem> {
    let Some(value) = headers.get("translate-error-message") else {
        return Ok(None);
    };
    match crate::i18n::canonical_tag(value.to_str().unwrap_or_default()) {
        Some(tag) => Ok(Some(tag)),
        None => Err(Problem::invalid(
            "header.Translate-Error-Message",
            "must be a language code such as `fr` or `pt-BR`",
        )),
    }
}

/// `Idempotency-Key`: 1–255 visible ASCII characters, optionally quoted (structured header).
fn idempotency_header(headers: &HeaderMap) -> Result<Option<String>, Problem> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let raw = value.to_str().unwrap_or_default().trim();
    let key = raw
        .strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .unwrap_or(raw);
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
        return Err(Problem::invalid(
            "header.Idempotency-Key",
            "must be 1 to 255 visible ASCII characters",
        ));
    }
    Ok(Some(key.to_owned()))
}

fn ayrshare_id(value: &Value) -> Option<String> {
    match value.get("id")? {
        Value::String(s) if !s.is_empty() && s.len() <= 200 => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

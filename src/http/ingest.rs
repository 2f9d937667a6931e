//! `POST /v1/users/{user_id}/results`: one Ayrshare result in, a 202 once it is durable.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde_json::Value;
use sha2::{Digest, Sha256};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::{Auth, UserPath};
use super::openapi::{TranslateHeader, UserIdPath, problems};
use super::problem::{Problem, Type, unsupported_media_type};
use super::rate_limit::ClientIp;
use crate::clock::Clock;
use crate::domain::catalog::Catalog;
use crate::domain::classify::{Classification, classify};
use crate::domain::receipt::Receipt;
use crate::domain::result;
use crate::domain::user_id::UserId;
use crate::metrics;
use crate::security::signature::{Secrets, StandardHeaders};
use crate::store::writer::{WriteError, Writer};
use crate::store::{IngestJob, IngestReply};

/// What ingest needs: the catalog that classifies, the writer that commits, the clock, and
/// the Standard Webhooks secrets services may sign with instead of sending a key.
#[derive(Clone)]
pub struct Ingest {
    catalog: Arc<Catalog>,
    writer: Writer,
    clock: Clock,
    signing: Secrets,
    /// `ingest.max_notifications_per_result`.
    max_notifications: usize,
}

impl Ingest {
    pub fn new(
        catalog: Arc<Catalog>,
        writer: Writer,
        clock: Clock,
        signing: Secrets,
        max_notifications: usize,
    ) -> Self {
        Self {
            catalog,
            writer,
            clock,
            signing,
            max_notifications,
        }
    }

    /// Who may POST a result: a valid operator key, or, when signing secrets are configured,
    /// a valid Standard Webhooks signature (then its `webhook-id` is the idempotency key).
    async fn caller(
        &self,
        auth: &Auth,
        client: ClientIp,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Option<String>, Problem> {
        // Without secrets, ingest pays for no signature header lookups.
        let signed = (!self.signing.is_empty())
            .then(|| standard_headers(headers))
            .flatten();
        let Some(signed) = signed else {
            return auth.require_bearer_key(headers, client).await.map(|()| None);
        };
        if headers.contains_key(header::AUTHORIZATION) {
            match auth.require_bearer_key(headers, client).await {
                Ok(()) => return Ok(None),
                Err(problem) if problem.kind() == Type::RateLimited => return Err(problem),
                Err(_) => {}
            }
        }
        self.signing
            .verify_standard(&signed, body, self.clock.now())
            .map_err(|refused| {
                auth.refused(
                    client,
                    Problem::unauthorized(format!(
                        "{refused}; sign `{{webhook-id}}.{{webhook-timestamp}}.{{body}}` with a \
                         configured `whsec_` secret, or send `Authorization: Bearer <API key>`"
                    )),
                )
            })?;
        key_header("header.webhook-id", signed.id).map(Some)
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// What one request may make (`ingest.max_notifications_per_result`).
    pub fn capped(&self, classification: Classification) -> Classification {
        classification.capped(self.max_notifications)
    }

    /// One result to store for `user`, received at `at`.
    #[allow(clippy::too_many_arguments)]
    pub fn job(
        &self,
        user_id: UserId,
        idem_key: Option<String>,
        body_hash: String,
        language: Option<String>,
        body: String,
        classification: Classification,
        at: Timestamp,
    ) -> IngestJob {
        IngestJob {
            event_id: uuid::Uuid::now_v7().to_string(),
            user_id,
            idem_key,
            body_hash,
            language,
            received_at: at.as_millisecond(),
            body,
            classification: self.capped(classification),
        }
    }

    /// Stores a job through the group commit; answers once it is durable.
    pub async fn submit(&self, mut job: IngestJob) -> Result<IngestReply, WriteError> {
        let unmapped = std::mem::take(&mut job.classification.unmapped);
        let reply = self.writer.submit(job).await?;
        match &reply {
            IngestReply::Stored(receipt) => {
                metrics::result("stored");
                for (platform, code) in &unmapped {
                    metrics::unmapped_code(platform, code.as_deref());
                }
                for produced in &receipt.notifications {
                    metrics::notifications(&produced.kind, produced.outcome.as_str(), 1);
                }
                // The receipt names resolved notifications by id only.
                metrics::notifications("any", "resolved", receipt.resolved.len() as u64);
            }
            IngestReply::Replayed(_) => metrics::result("replayed"),
            IngestReply::KeyReused => metrics::result("key-reused"),
        }
        Ok(reply)
    }

    /// Parses and classifies a result.
    pub fn read(&self, body: &[u8], now: Timestamp) -> Result<(Value, Classification), Problem> {
        let value = json_body(body)?;
        let outcomes = result::parse(&value).map_err(|e| Problem::new(Type::NotAResult, e.to_string()))?;
        let classification = classify(&self.catalog, &outcomes, now);
        Ok((value, classification))
    }
}

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new().routes(routes!(ingest))
}

problems! {
    IngestProblems = [
        InvalidJson,
        UnreadableBody,
        UnsupportedMediaType,
        NotAResult,
        IdempotencyKeyReused,
        Unauthorized,
        RateLimited,
    ];
}

/// An Ayrshare result, verbatim: a `/post` (or `/comment`, `/delete`…) response, one of its
/// `errors`, or an array of them.
#[utoipa::path(
    post,
    path = "/v1/users/{user_id}/results",
    tag = "ingest",
    operation_id = "ingestResult",
    summary = "Ingest one Ayrshare result for a user",
    description = "The body is what Ayrshare answered, as it came, in any of its shapes. \
        `202` once the result is durable, with what it made; the same result again (same \
        `Idempotency-Key`, or the same Ayrshare id and body) answers the same, with \
        `Idempotent-Replayed: true`.",
    params(
        UserIdPath,
        ("Idempotency-Key" = Option<String>, Header, pattern = "^[!-~]{1,255}$", description = "1–255 visible ASCII characters: a repeat with the same key is answered as the first, and stored once."),
        TranslateHeader,
        ("webhook-id" = Option<String>, Header, description = "With `webhook-timestamp` and `webhook-signature`: a Standard Webhooks signed request; the id is its idempotency key."),
        ("webhook-timestamp" = Option<String>, Header, description = "Seconds since the epoch, within 5 minutes of herald's clock."),
    ),
    request_body(content = crate::domain::result::ResultSchema, content_type = "application/json", description = "An Ayrshare result, verbatim."),
    responses(
        (status = 202, description = "Stored (or a repeat of a stored result).", body = Receipt,
            headers(("Idempotent-Replayed" = String, description = "`true` when this answers a repeat."))),
        IngestProblems,
    ),
    security(("api_key" = []), ("standard_webhooks" = []))
)]
async fn ingest(
    State(ingest): State<Ingest>,
    State(auth): State<Auth>,
    UserPath(user_id): UserPath,
    client: ClientIp,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    let body = body?;
    let webhook_id = ingest.caller(&auth, client, &headers, &body).await?;
    require_json(&headers)?;
    let now = ingest.now();
    let (value, classification) = ingest.read(&body, now)?;
    let language = translate_header(&headers)?;
    let body_hash = hex::encode(Sha256::digest(&body));
    // A signed request's key is its signed `webhook-id`; an Idempotency-Key beside it is not
    // covered by the signature, so it cannot decide what is a repeat.
    let key = match webhook_id {
        Some(id) => Some(id),
        None => idempotency_header(&headers)?,
    };
    let idem_key = match key {
        Some(key) => Some(key),
        // Without a key, the same Ayrshare result (same id, same body) is the same event.
        None => ayrshare_id(&value).map(|id| format!("ayrshare:{id}:{}", &body_hash[..16])),
    };
    drop(value);
    let job = ingest.job(
        user_id,
        idem_key,
        body_hash,
        language,
        text(body),
        classification,
        now,
    );
    match ingest.submit(job).await? {
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

/// The body as JSON, or the problem that says why it is not. NUL characters become U+FFFD:
/// PostgreSQL's text cannot hold them, and both backends must accept a body alike (the raw
/// body keeps its `\u0000` escapes, which are plain text).
pub fn json_body(body: &[u8]) -> Result<Value, Problem> {
    if body.is_empty() {
        return Err(Problem::new(Type::InvalidJson, "the body is empty"));
    }
    let mut value = serde_json::from_slice(body).map_err(|e| {
        let detail = if e.to_string().starts_with("recursion limit exceeded") {
            "the JSON is nested more than 128 levels deep".to_owned()
        } else {
            format!("the body is not valid JSON: {e}")
        };
        Problem::new(Type::InvalidJson, detail)
    })?;
    // JSON holds a NUL only as this escape, so other bodies are not walked.
    if memchr::memmem::find(body, br"\u0000").is_some() {
        replace_nul(&mut value);
    }
    Ok(value)
}

fn replace_nul(value: &mut Value) {
    const NUL: char = '\0';
    match value {
        Value::String(text) if text.contains(NUL) => *text = text.replace(NUL, "\u{FFFD}"),
        Value::Array(items) => items.iter_mut().for_each(replace_nul),
        Value::Object(map) => {
            if map.keys().any(|key| key.contains(NUL)) {
                *map = std::mem::take(map)
                    .into_iter()
                    .map(|(key, value)| (key.replace(NUL, "\u{FFFD}"), value))
                    .collect();
            }
            map.values_mut().for_each(replace_nul);
        }
        _ => {}
    }
}

/// The body as text: JSON that parsed is UTF-8, so the lossy path never runs in practice.
pub fn text(body: Bytes) -> String {
    String::from_utf8(Vec::from(body)).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
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
    headers
        .get("idempotency-key")
        .map(|value| key_header("header.Idempotency-Key", value.to_str().unwrap_or_default()))
        .transpose()
}

/// A client's idempotency key (`Idempotency-Key`, `webhook-id`): 1–255 visible ASCII
/// characters, optionally quoted.
fn key_header(path: &str, value: &str) -> Result<String, Problem> {
    let raw = value.trim();
    let key = raw
        .strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .unwrap_or(raw);
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
        return Err(Problem::invalid(
            path,
            "must be 1 to 255 visible ASCII characters",
        ));
    }
    Ok(key.to_owned())
}

/// The three Standard Webhooks headers, when all are present.
fn standard_headers(headers: &HeaderMap) -> Option<StandardHeaders<'_>> {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    Some(StandardHeaders {
        id: get("webhook-id")?,
        timestamp: get("webhook-timestamp")?,
        signature: get("webhook-signature")?,
    })
}

fn ayrshare_id(value: &Value) -> Option<String> {
    match value.get("id")? {
        Value::String(s) if !s.is_empty() && s.len() <= 200 => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

//! `POST /v1/webhooks/ayrshare`: Ayrshare's own webhooks, authenticated by their signature
//! alone; `GET /v1/webhooks/ayrshare/unrouted`: the deliveries no user holds a refId for yet.
//!
//! Every acknowledged delivery answers `200` (Ayrshare's retry rules treat other statuses as
//! failures) once it is durable; `4xx` is kept for requests that are no webhook at all, so
//! that Ayrshare never retries what can never succeed, and never drops what could.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::{Auth, Operator};
use super::ingest::{Ingest, json_body, text};
use super::openapi::problems;
use super::problem::{Problem, Type};
use super::rate_limit::ClientIp;
use crate::domain::receipt::Produced;
use crate::domain::user_id::UserId;
use crate::domain::webhook::Head;
use crate::security::signature::Secrets;
use crate::store::{IngestReply, Kept};
use crate::webhooks::{Delivery, Received, Webhooks};

/// What the webhook route needs: the secrets Ayrshare signs with, and where deliveries go.
#[derive(Clone)]
pub struct AyrshareHooks {
    secrets: Secrets,
    webhooks: Webhooks,
}

impl AyrshareHooks {
    pub fn new(secrets: Secrets, webhooks: Webhooks) -> Self {
        Self { secrets, webhooks }
    }
}

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new()
        .routes(routes!(receive))
        .routes(routes!(unrouted))
}

problems! {
    ReceiveProblems = [
        InvalidJson,
        UnreadableBody,
        NotAWebhook,
        IdempotencyKeyReused,
        Unauthorized,
        WebhooksNotConfigured,
        RateLimited,
    ];
    UnroutedProblems = [Unauthorized, RateLimited];
}

/// The answer to a delivery; a retry gets the same one.
#[derive(Serialize, utoipa::ToSchema)]
struct Answer<'a> {
    /// Whether a user holds the delivery's refId (else it waits in `unrouted`).
    routed: bool,
    /// herald's key for the delivery: a retry of it is answered the same.
    delivery: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ref_id: Option<&'a str>,
    // A routed delivery's receipt, field by field rather than a flattened `Option<Receipt>`,
    // which the schema would describe as "a receipt or null" for the whole object.
    /// Routed: the event stored, as `POST /v1/users/{user_id}/results` answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    event_id: Option<&'a str>,
    /// Routed: the notifications it opened or bumped.
    #[serde(skip_serializing_if = "Option::is_none")]
    notifications: Option<&'a [Produced]>,
    /// Routed: ids of the notifications it resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    resolved: Option<&'a [String]>,
}

#[utoipa::path(
    post,
    path = "/v1/webhooks/ayrshare",
    tag = "ingest",
    operation_id = "receiveAyrshareWebhook",
    summary = "Ayrshare's own webhooks (scheduled posts, social actions, refresh reminders)",
    description = "Register this URL with Ayrshare. Authenticated by Ayrshare's signature alone. \
        A delivery for a refId no user holds yet is kept (`routed: false`) and delivered once a \
        user claims that refId. `200` once durable; a retry is answered the same, with \
        `Idempotent-Replayed: true`.",
    params(
        ("x-authorization-content-sha256-v2" = Option<String>, Header, description = "Ayrshare's newer signature, checked when present."),
        ("x-ayrshare-delivery-id" = Option<String>, Header, description = "Logged with a refused delivery."),
    ),
    request_body(content = Object, content_type = "application/json", description = "Ayrshare's webhook body, verbatim."),
    responses(
        (status = 200, description = "Stored, or kept for a user to come.", body = Answer<'_>,
            headers(("Idempotent-Replayed" = String, description = "`true` when this answers a retry."))),
        ReceiveProblems,
    ),
    security(("ayrshare_signature" = []))
)]
async fn receive(
    State(hooks): State<AyrshareHooks>,
    State(ingest): State<Ingest>,
    State(auth): State<Auth>,
    client: ClientIp,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    if hooks.secrets.is_empty() {
        return Err(Problem::new(
            Type::WebhooksNotConfigured,
            "Ayrshare webhooks are not enabled: set `[webhooks] ayrshare_secrets` (environment \
             HERALD_WEBHOOKS__AYRSHARE_SECRETS) to the signing secret registered with Ayrshare",
        ));
    }
    let body = body?;
    let header = |name: &str| headers.get(name).map(HeaderValue::as_bytes);
    let delivery_id = headers
        .get("x-ayrshare-delivery-id")
        .and_then(|v| v.to_str().ok());
    if let Err(refused) = hooks.secrets.verify_ayrshare(
        header("x-authorization-content-sha256"),
        header("x-authorization-content-sha256-v2"),
        &body,
    ) {
        // Never the body: it is not authentic, and it may hold anything.
        tracing::warn!(reason = %refused, delivery_id, bytes = body.len(), "refused an Ayrshare webhook");
        return Err(auth.refused(
            client,
            Problem::unauthorized(format!(
                "{refused}; Ayrshare signs with X-Authorization-Content-SHA256 (HMAC-SHA256 of the raw body)"
            )),
        ));
    }
    let value = json_body(&body)?;
    let head = Head::read(&value).map_err(|e| Problem::new(Type::NotAWebhook, e.to_string()))?;
    let body_hash = hex::encode(Sha256::digest(&body));
    let key = head.delivery_key(&body_hash);
    let delivery = Delivery {
        head,
        value,
        body: text(body),
        body_hash,
        key,
        received_at: ingest.now(),
    };
    let (key, ref_id) = (delivery.key.clone(), delivery.head.ref_id.clone());
    let received = hooks.webhooks.receive(delivery).await?;
    let (user, receipt, replayed) = match &received {
        Received::Routed { user, reply } => match reply {
            IngestReply::Stored(receipt) => (Some(user), Some(receipt), false),
            IngestReply::Replayed(receipt) => (Some(user), Some(receipt), true),
            IngestReply::KeyReused => return Err(hook_id_reused()),
        },
        Received::Kept(Kept::KeyReused) => return Err(hook_id_reused()),
        Received::Kept(kept) => (None, None, *kept == Kept::Repeat),
    };
    let answer = Answer {
        routed: user.is_some(),
        delivery: &key,
        user_id: user.map(UserId::as_str),
        ref_id: ref_id.as_deref(),
        event_id: receipt.map(|r| r.event_id.as_str()),
        notifications: receipt.map(|r| r.notifications.as_slice()),
        resolved: receipt.map(|r| r.resolved.as_slice()),
    };
    let mut response = (StatusCode::OK, Json(answer)).into_response();
    if replayed {
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(response)
}

fn hook_id_reused() -> Problem {
    Problem::new(
        Type::IdempotencyKeyReused,
        "this hookId was already delivered with a different body",
    )
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct PageParams {
    /// The `next` of the page before.
    #[param(pattern = "^[0-9]{1,18}$")]
    after: Option<String>,
    /// Deliveries per page, 1–200 (50).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<u32>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct UnroutedView {
    delivery: String,
    ref_id: Option<String>,
    action: String,
    received_at: String,
    /// The webhook's body, as Ayrshare sent it.
    #[schema(value_type = Object)]
    body: Value,
}

#[derive(Serialize, utoipa::ToSchema)]
struct UnroutedPage {
    items: Vec<UnroutedView>,
    /// Pass as `after` for the next page; absent on the last one.
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<String>,
}

const DEFAULT_PAGE: u32 = 50;
const MAX_PAGE: u32 = 200;

#[utoipa::path(
    get,
    path = "/v1/webhooks/ayrshare/unrouted",
    tag = "ingest",
    operation_id = "listUnroutedWebhooks",
    summary = "Webhooks kept for a refId no user holds yet, oldest first",
    params(PageParams),
    responses((status = 200, description = "A page.", body = UnroutedPage), UnroutedProblems),
    security(("api_key" = []))
)]
async fn unrouted(
    State(hooks): State<AyrshareHooks>,
    _: Operator,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<UnroutedPage>, Problem> {
    let Query(params) = params?;
    let after = match params.after.as_deref() {
        None => None,
        Some(cursor) => Some(
            cursor
                .parse::<i64>()
                .ok()
                .filter(|seq| *seq >= 0)
                .ok_or_else(|| Problem::invalid("query.after", "must be the `next` of an earlier page"))?,
        ),
    };
    let limit = params.limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(Problem::invalid(
            "query.limit",
            format!("must be between 1 and {MAX_PAGE}"),
        ));
    }
    // One more than asked says whether another page follows.
    let mut rows = hooks.webhooks.unrouted_page(after, limit + 1).await?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let next = more.then(|| rows.last().map(|row| row.seq.to_string())).flatten();
    let items = rows
        .into_iter()
        .map(|row| UnroutedView {
            body: serde_json::from_str(&row.body).unwrap_or(Value::String(row.body)),
            delivery: row.delivery_key,
            ref_id: row.ref_id,
            action: row.action,
            received_at: crate::present::millis(row.received_at).to_string(),
        })
        .collect();
    Ok(Json(UnroutedPage { items, next }))
}

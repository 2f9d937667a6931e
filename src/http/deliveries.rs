//! `GET /v1/deliveries` (what happened to each email, and why) and
//! `POST /v1/deliveries/{id}/retry`.

use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::auth::Operator;
use super::openapi::problems;
use super::problem::{Problem, Type};
use super::{ApiState, is_record_id};
use crate::clock::Clock;
use crate::domain::state::DeliveryStatus;
use crate::domain::user_id::UserId;
use crate::present::millis;
use crate::store::Db;
use crate::store::outbox::{DeliveryFilter, DeliveryRecord};

const DEFAULT_LIMIT: u32 = 50;
const MAX_LIMIT: u32 = 200;

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(one))
        .routes(routes!(retry))
}

problems! {
    ListProblems = [Unauthorized, RateLimited];
    OneProblems = [Unauthorized, NotFound, RateLimited];
    RetryProblems = [Unauthorized, NotFound, NotRetryable, RateLimited];
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct ListParams {
    /// Only deliveries in this status.
    #[param(value_type = Option<DeliveryStatus>)]
    status: Option<String>,
    /// Only this user's deliveries.
    #[param(value_type = Option<super::openapi::UserIdSchema>)]
    user: Option<String>,
    /// The `next` of the page before.
    #[param(format = Uuid)]
    after: Option<String>,
    /// Deliveries per page, 1–200 (50).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<u32>,
}

/// What happened to one email, and why (`reason`).
#[derive(Serialize, utoipa::ToSchema)]
struct Delivery {
    #[serde(flatten)]
    record: DeliveryRecord,
    created_at: String,
    run_at: String,
    sent_at: Option<String>,
}

impl From<DeliveryRecord> for Delivery {
    fn from(record: DeliveryRecord) -> Self {
        Self {
            created_at: millis(record.created_at).to_string(),
            run_at: millis(record.run_at).to_string(),
            sent_at: record.sent_at.map(|t| millis(t).to_string()),
            record,
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = DeliveryPage)]
struct Page {
    items: Vec<Delivery>,
    next: Option<String>,
}

#[utoipa::path(
    get,
    path = "/v1/deliveries",
    tag = "deliveries",
    operation_id = "listDeliveries",
    summary = "Emails herald sent, will send or did not send, newest first, with the reason",
    params(ListParams),
    responses((status = 200, description = "A page.", body = Page), ListProblems),
    security(("api_key" = []))
)]
async fn list(
    State(db): State<Db>,
    _: Operator,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Page>, Problem> {
    let Query(params) = params?;
    let status = match params.status.as_deref() {
        None => None,
        Some(word) => Some(DeliveryStatus::parse(word).ok_or_else(|| {
            Problem::invalid(
                "query.status",
                "must be pending, sending, sent, suppressed or dead",
            )
        })?),
    };
    if let Some(user) = &params.user {
        UserId::parse(user).map_err(|e| Problem::invalid("query.user", e.to_string()))?;
    }
    if params.after.as_deref().is_some_and(|after| !is_record_id(after)) {
        return Err(Problem::invalid(
            "query.after",
            "must be the `next` of an earlier page",
        ));
    }
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Problem::invalid(
            "query.limit",
            format!("must be between 1 and {MAX_LIMIT}"),
        ));
    }
    let filter = DeliveryFilter {
        status,
        user: params.user,
        before: params.after,
        limit: limit + 1,
    };
    let mut records = db.deliveries(&filter).await?;
    let next = (records.len() > limit as usize).then(|| {
        records.truncate(limit as usize);
        records.last().map(|r| r.id.clone())
    });
    Ok(Json(Page {
        items: records.into_iter().map(Delivery::from).collect(),
        next: next.flatten(),
    }))
}

async fn find(db: &Db, id: &str) -> Result<DeliveryRecord, Problem> {
    let record = match is_record_id(id) {
        true => db.delivery(id).await?,
        false => None,
    };
    record.ok_or_else(|| Problem::not_found("no such delivery"))
}

/// The `{id}` of a delivery route: one that is not even UTF-8 is no delivery either.
struct DeliveryId(String);

impl<S: Send + Sync> FromRequestParts<S> for DeliveryId {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(id)) => Ok(Self(id)),
            Err(_) => Err(Problem::not_found("no such delivery")),
        }
    }
}

#[utoipa::path(
    get,
    path = "/v1/deliveries/{id}",
    tag = "deliveries",
    operation_id = "getDelivery",
    summary = "One delivery",
    params(("id" = String, Path, format = Uuid, description = "The delivery's id.")),
    responses((status = 200, description = "The delivery.", body = Delivery), OneProblems),
    security(("api_key" = []))
)]
async fn one(
    State(db): State<Db>,
    _: Operator,
    DeliveryId(id): DeliveryId,
) -> Result<Json<Delivery>, Problem> {
    Ok(Json(find(&db, &id).await?.into()))
}

/// Queues a dead or suppressed delivery again, at once.
#[utoipa::path(
    post,
    path = "/v1/deliveries/{id}/retry",
    tag = "deliveries",
    operation_id = "retryDelivery",
    summary = "Send a dead or suppressed delivery again, at once",
    params(("id" = String, Path, format = Uuid, description = "The delivery's id.")),
    responses((status = 202, description = "Queued.", body = Delivery), RetryProblems),
    security(("api_key" = []))
)]
async fn retry(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(outbox_wake): State<Arc<Notify>>,
    _: Operator,
    DeliveryId(id): DeliveryId,
) -> Result<(StatusCode, Json<Delivery>), Problem> {
    let record = find(&db, &id).await?;
    if !db.retry_delivery(&id, clock.now_ms()).await? {
        return Err(Problem::new(
            Type::NotRetryable,
            format!(
                "the delivery is {}; only dead or suppressed deliveries can be retried",
                record.status
            ),
        ));
    }
    outbox_wake.notify_one();
    let record = db
        .delivery(&id)
        .await?
        .ok_or_else(|| Problem::not_found("no such delivery"))?;
    Ok((StatusCode::ACCEPTED, Json(record.into())))
}

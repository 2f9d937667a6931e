//! `GET /v1/deliveries` (what happened to each email, and why) and
//! `POST /v1/deliveries/{id}/retry`.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use super::auth::Operator;
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

pub fn router() -> Router<ApiState> {
    Router::new()
        .route("/v1/deliveries", get(list))
        .route("/v1/deliveries/{id}", get(one))
        .route("/v1/deliveries/{id}/retry", post(retry))
}

#[derive(Deserialize)]
struct ListParams {
    status: Option<String>,
    user: Option<String>,
    after: Option<String>,
    limit: Option<u32>,
}

#[derive(Serialize)]
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

#[derive(Serialize)]
struct Page {
    items: Vec<Delivery>,
    next: Option<String>,
}

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

async fn one(
    State(db): State<Db>,
    _: Operator,
    DeliveryId(id): DeliveryId,
) -> Result<Json<Delivery>, Problem> {
    Ok(Json(find(&db, &id).await?.into()))
}

/// Queues a dead or suppressed delivery again, at once.
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

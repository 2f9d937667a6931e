//! `GET /v1/deliveries` (what happened to each email, and why) and
//! `POST /v1/deliveries/{id}/retry`.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::auth::Operator;
use super::problem::Problem;
use crate::app::AppState;
use crate::domain::user_id::UserId;
use crate::present::millis;
use crate::store::outbox::{DeliveryFilter, DeliveryRecord};

const STATUSES: &[&str] = &["pending", "sending", "sent", "suppressed", "dead"];
const DEFAULT_LIMIT: u32 = 50;
const MAX_LIMIT: u32 = 200;

pub fn router() -> Router<AppState> {
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
    State(app): State<AppState>,
    _: Operator,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Page>, Problem> {
    let Query(params) = params?;
    if let Some(status) = &params.status
        && !STATUSES.contains(&status.as_str())
    {
        return Err(Problem::invalid(
            "query.status",
            "must be pending, sending, sent, suppressed or dead",
        ));
    }
    if let Some(user) = &params.user {
        UserId::parse(user).map_err(|e| Problem::invalid("query.user", e.to_string()))?;
    }
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Problem::invalid(
            "query.limit",
            format!("must be between 1 and {MAX_LIMIT}"),
        ));
    }
    let filter = DeliveryFilter {
        status: params.status,
        user: params.user,
        before: params.after,
        limit: limit + 1,
    };
    let mut records = app.db.deliveries(&filter).await?;
    let next = (records.len() > limit as usize).then(|| {
        records.truncate(limit as usize);
        records.last().map(|r| r.id.clone())
    });
    Ok(Json(Page {
        items: records.into_iter().map(Delivery::from).collect(),
        next: next.flatten(),
    }))
}

async fn one(
    State(app): State<AppState>,
    _: Operator,
    Path(id): Path<String>,
) -> Result<Json<Delivery>, Problem> {
    let record = app
        .db
        .delivery(&id)
        .await?
        .ok_or_else(|| Problem::not_found("no such delivery"))?;
    Ok(Json(record.into()))
}

/// Queues a dead or suppressed delivery again, at once.
async fn retry(
    State(app): State<AppState>,
    _: Operator,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<Delivery>), Problem> {
    let record = app
        .db
        .delivery(&id)
        .await?
        .ok_or_else(|| Problem::not_found("no such delivery"))?;
    if !app
        .db
        .retry_delivery(&id, Timestamp::now().as_millisecond())
        .await?
    {
        return Err(Problem::new(
            StatusCode::CONFLICT,
            "not-retryable",
            format!(
                "the delivery is {}; only dead or suppressed deliveries can be retried",
                record.status
            ),
        ));
    }
    app.outbox.notify_one();
    let record = app
        .db
        .delivery(&id)
        .await?
        .ok_or_else(|| Problem::not_found("no such delivery"))?;
    Ok((StatusCode::ACCEPTED, Json(record.into())))
}

//! `GET /healthz` (the process answers) and `GET /readyz` (and its database does).

use axum::extract::{FromRef, State};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use super::problem::Problem;
use crate::store::Db;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
{
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

async fn readyz(State(db): State<Db>) -> Result<Json<Value>, Problem> {
    db.ping()
        .await
        .map_err(|_| Problem::unavailable("the database does not answer"))?;
    Ok(Json(json!({"status": "ready"})))
}

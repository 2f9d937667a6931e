//! `GET /healthz` (the process answers) and `GET /readyz` (and its database does). Neither
//! needs a credential nor is ever rate limited.

use axum::Json;
use axum::extract::{FromRef, State};
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::openapi::Always;
use super::problem::Problem;
use crate::store::Db;

pub fn router<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
}

/// How herald is.
#[derive(Serialize, utoipa::ToSchema)]
struct Health {
    /// `ok` from `/healthz`, `ready` from `/readyz`.
    #[schema(example = "ok")]
    status: &'static str,
}

#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    operation_id = "healthz",
    summary = "The process answers",
    responses((status = 200, description = "herald runs.", body = Health), Always)
)]
async fn healthz() -> Json<Health> {
    Json(Health { status: "ok" })
}

#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    operation_id = "readyz",
    summary = "The process answers, and its database does",
    description = "`503` while the database does not answer: take the instance out of rotation.",
    responses((status = 200, description = "herald and its database answer.", body = Health), Always)
)]
async fn readyz(State(db): State<Db>) -> Result<Json<Health>, Problem> {
    db.ping()
        .await
        .map_err(|_| Problem::unavailable("the database does not answer"))?;
    Ok(Json(Health { status: "ready" }))
}

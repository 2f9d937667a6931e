//! `PUT/GET /v1/users/{user_id}/preferences`: per category and channel, on or off.
//!
//! `{"email": {"billing": false}, "inbox": {"analytics": false}}`; what is not mentioned is on.
//! Email turned off for a category is recorded on each delivery as suppressed, with the
//! reason; the inbox stops listing (and counting) a category turned off there.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{self, AdditionalProperties, ObjectBuilder, Schema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::{Operator, UserPath};
use super::openapi::{UserIdPath, WithKey, problems};
use super::problem::Problem;
use crate::clock::Clock;
use crate::domain::Word;
use crate::domain::catalog::Category;
use crate::live::Live;
use crate::store::Db;

pub const CHANNELS: &[&str] = &["email", "inbox"];

type Matrix = BTreeMap<String, BTreeMap<String, bool>>;

/// A [`Matrix`] as the schema states it: per channel, per category, on (`true`) or off.
struct PreferenceMatrix;

impl utoipa::PartialSchema for PreferenceMatrix {
    fn schema() -> RefOr<Schema> {
        let closed = || {
            ObjectBuilder::new()
                .schema_type(schema::Type::Object)
                .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        };
        let channel = Category::WORDS.iter().fold(closed(), |channel, category| {
            channel.property(*category, ObjectBuilder::new().schema_type(schema::Type::Boolean))
        });
        let channel = channel.build();
        CHANNELS
            .iter()
            .fold(closed(), |matrix, name| matrix.property(*name, channel.clone()))
            .into()
    }
}

impl utoipa::ToSchema for PreferenceMatrix {}

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new().routes(routes!(replace, show))
}

problems! {
    ReplaceProblems = [
        InvalidJson,
        UnreadableBody,
        UnsupportedMediaType,
        InvalidInput @ 422,
        Unauthorized,
        RateLimited,
    ];
}

#[utoipa::path(
    get,
    path = "/v1/users/{user_id}/preferences",
    tag = "users",
    operation_id = "getPreferences",
    summary = "Which categories a user gets by email and in the inbox",
    params(UserIdPath),
    responses(
        (status = 200, description = "Every channel and category, `true` when on.", body = PreferenceMatrix),
        WithKey,
    ),
    security(("api_key" = []))
)]
async fn show(State(db): State<Db>, _: Operator, UserPath(user): UserPath) -> Result<Json<Matrix>, Problem> {
    let stored = db.preferences(&user).await?;
    let mut matrix = full_matrix();
    for preference in stored {
        if let Some(channel) = matrix.get_mut(&preference.channel) {
            channel.insert(preference.category, preference.enabled);
        }
    }
    Ok(Json(matrix))
}

#[utoipa::path(
    put,
    path = "/v1/users/{user_id}/preferences",
    tag = "users",
    operation_id = "putPreferences",
    summary = "Turn categories off per channel",
    description = "`{\"email\": {\"billing\": false}, \"inbox\": {\"analytics\": false}}`: what is not \
        mentioned is on. Channels: `email`, `inbox`.",
    params(UserIdPath),
    request_body(content = PreferenceMatrix, content_type = "application/json"),
    responses(
        (status = 200, description = "The preferences now.", body = PreferenceMatrix),
        ReplaceProblems,
    ),
    security(("api_key" = []))
)]
async fn replace(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(live): State<Live>,
    _: Operator,
    UserPath(user): UserPath,
    body: Result<Json<Matrix>, JsonRejection>,
) -> Result<Json<Matrix>, Problem> {
    let Json(body) = body?;
    let mut off = Vec::new();
    for (channel, categories) in &body {
        if !CHANNELS.contains(&channel.as_str()) {
            return Err(Problem::invalid(
                &format!("body.{channel}"),
                "is not a channel (email, inbox)",
            ));
        }
        for (category, enabled) in categories {
            if Category::parse(category).is_none() {
                return Err(Problem::invalid(
                    &format!("body.{channel}.{category}"),
                    "is not a notification category",
                ));
            }
            if !enabled {
                off.push((category.clone(), channel.clone()));
            }
        }
    }
    db.replace_preferences(&user, &off, clock.now_ms()).await?;
    live.refresh(&db, &[user.as_str()]).await?;
    let mut matrix = full_matrix();
    for (category, channel) in off {
        if let Some(channel) = matrix.get_mut(&channel) {
            channel.insert(category, false);
        }
    }
    Ok(Json(matrix))
}

/// Every channel and category, on.
fn full_matrix() -> Matrix {
    CHANNELS
        .iter()
        .map(|channel| {
            let categories = Category::ALL
                .iter()
                .map(|c| (c.as_str().to_owned(), true))
                .collect();
            ((*channel).to_owned(), categories)
        })
        .collect()
}

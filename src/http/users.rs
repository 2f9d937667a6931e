//! Recipients: `PUT/GET/DELETE /v1/users/{user_id}` and inbox tokens.

use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::routing::{post, put};
use axum::{Json, Router};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use std::sync::Arc;
use std::time::Duration;

use super::ApiState;
use super::auth::{Operator, UserPath};
use super::problem::Problem;
use crate::clock::Clock;
use crate::security::token::{self, Signer};
use crate::store::{UserProfile, UserRow};

/// What the user routes need: the store, the signer of inbox tokens and their lifetime.
#[derive(Clone)]
pub struct Users {
    db: crate::store::Db,
    signer: Arc<Signer>,
    token_ttl: Duration,
    clock: Clock,
}

impl Users {
    pub fn new(db: crate::store::Db, signer: Arc<Signer>, token_ttl: Duration, clock: Clock) -> Self {
        Self {
            db,
            signer,
            token_ttl,
            clock,
        }
    }
}

pub fn router() -> Router<ApiState> {
    Router::new()
        .route(
            "/v1/users/{user_id}",
            put(put_user).get(get_user).delete(delete_user),
        )
        .route("/v1/users/{user_id}/inbox-token", post(inbox_token))
}

/// The body of `PUT /v1/users/{user_id}`; every field is optional and absent means unset.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserBody {
    email: Option<String>,
    name: Option<String>,
    locale: Option<String>,
    timezone: Option<String>,
}

#[derive(Serialize)]
struct UserView {
    id: String,
    email: Option<String>,
    name: Option<String>,
    locale: Option<String>,
    timezone: Option<String>,
    created_at: String,
    updated_at: String,
}

impl From<UserRow> for UserView {
    fn from(row: UserRow) -> Self {
        Self {
            id: row.id,
            email: row.email,
            name: row.name,
            locale: row.locale,
            timezone: row.timezone,
            created_at: crate::present::millis(row.created_at).to_string(),
            updated_at: crate::present::millis(row.updated_at).to_string(),
        }
    }
}

async fn put_user(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
    body: Result<Json<UserBody>, JsonRejection>,
) -> Result<(StatusCode, Json<UserView>), Problem> {
    let Json(body) = body?;
    let profile = validate(body)?;
    let created = users.db.put_user(&id, &profile, users.clock.now_ms()).await?;
    // Deleted by a concurrent DELETE between the two statements: the user is gone, as asked.
    let user = users
        .db
        .user(&id)
        .await?
        .ok_or_else(|| Problem::not_found("the user was deleted while being saved"))?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(user.into())))
}

fn validate(body: UserBody) -> Result<UserProfile, Problem> {
    let email = body.email.map(|e| e.trim().to_owned()).filter(|e| !e.is_empty());
    if let Some(email) = &email {
        email
            .parse::<lettre::Address>()
            .map_err(|e| Problem::invalid("body.email", format!("is not an email address ({e})")))?;
    }
    let name = body.name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if name
        .as_ref()
        .is_some_and(|n| n.chars().count() > 200 || n.chars().any(char::is_control))
    {
        return Err(Problem::invalid(
            "body.name",
            "must be at most 200 characters, without control characters",
        ));
    }
    let locale = match body.locale.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(tag) => Some(crate::i18n::canonical_tag(tag).ok_or_else(|| {
            Problem::invalid("body.locale", "must be a language tag such as `fr` or `pt-BR`")
        })?),
    };
    let timezone = match body.timezone.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => None,
        Some(zone) => {
            TimeZone::get(zone).map_err(|_| {
                Problem::invalid(
                    "body.timezone",
                    "must be an IANA time zone such as `Europe/Paris`",
                )
            })?;
            Some(zone.to_owned())
        }
    };
    Ok(UserProfile {
        email,
        name,
        locale,
        timezone,
    })
}

async fn get_user(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
) -> Result<Json<UserView>, Problem> {
    let user = users
        .db
        .user(&id)
        .await?
        .ok_or_else(|| Problem::not_found("no such user"))?;
    Ok(Json(user.into()))
}

async fn delete_user(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
) -> Result<StatusCode, Problem> {
    if users.db.delete_user(&id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Problem::not_found("no such user"))
    }
}

#[derive(Serialize)]
struct InboxToken {
    token: String,
    expires_at: String,
}

async fn inbox_token(State(users): State<Users>, _: Operator, UserPath(id): UserPath) -> Json<InboxToken> {
    let now = users.clock.now();
    let ttl = jiff::SignedDuration::try_from(users.token_ttl).unwrap_or(jiff::SignedDuration::from_mins(15));
    let expires = now.checked_add(ttl).unwrap_or(now);
    Json(InboxToken {
        token: users.signer.issue(token::INBOX, &id, &[], now, expires),
        expires_at: expires.to_string(),
    })
}

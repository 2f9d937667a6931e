//! Who may call: operators with an API key everywhere under `/v1`; a browser holding one
//! user's inbox token on that user's inbox routes only.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};

use super::problem::Problem;
use crate::app::AppState;
use crate::domain::user_id::UserId;
use crate::security::{keys, token};
use crate::store::Db;

/// How long a verified key is trusted without asking the database again; a revoked key stops
/// working within this time on every instance.
const KEY_TTL: Duration = Duration::from_secs(5);

/// Proof that the request carries a valid operator API key.
pub struct Operator;

impl FromRequestParts<AppState> for Operator {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Problem> {
        require_key(app, bearer(parts)?).await.map(|()| Self)
    }
}

async fn require_key(app: &AppState, presented: &str) -> Result<(), Problem> {
    if app.keys.check(&app.db, presented).await? {
        Ok(())
    } else {
        Err(Problem::unauthorized(
            "the API key is not valid (unknown, revoked or mistyped)",
        ))
    }
}

/// Access to the inbox of the user named in the path: by API key, or by that user's token.
pub struct InboxAccess(pub UserId);

impl FromRequestParts<AppState> for InboxAccess {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Problem> {
        let user = path_user(parts, app).await?;
        let presented = bearer(parts)?;
        if keys::split(presented).is_some() {
            return require_key(app, presented).await.map(|()| Self(user));
        }
        match app.signer.verify(token::INBOX, presented).map(|grant| grant.user) {
            Some(owner) if owner == user => Ok(Self(user)),
            Some(_) => Err(Problem::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "this inbox token belongs to another user",
            )),
            None => Err(Problem::unauthorized(
                "the inbox token is not valid or has expired",
            )),
        }
    }
}

/// The `{user_id}` path parameter, validated (design §4).
pub struct UserPath(pub UserId);

impl FromRequestParts<AppState> for UserPath {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Problem> {
        path_user(parts, app).await.map(Self)
    }
}

async fn path_user(parts: &mut Parts, app: &AppState) -> Result<UserId, Problem> {
    let params = RawPathParams::from_request_parts(parts, app)
        .await
        .map_err(|e| Problem::invalid("path.user_id", e.body_text()))?;
    let raw = params
        .iter()
        .find_map(|(name, value)| (name == "user_id").then_some(value))
        .ok_or_else(|| Problem::not_found("no user in this path"))?;
    UserId::parse(raw).map_err(|e| Problem::invalid("path.user_id", e.to_string()))
}

fn bearer(parts: &Parts) -> Result<&str, Problem> {
    let value = parts
        .headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| Problem::unauthorized("send `Authorization: Bearer <API key or inbox token>`"))?;
    value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| Problem::unauthorized("the Authorization header must read `Bearer <credential>`"))
}

/// Verified key hashes by key id, refreshed from the database every [`KEY_TTL`].
#[derive(Default)]
pub struct KeyCache {
    verified: RwLock<HashMap<String, ([u8; 32], Instant)>>,
}

impl KeyCache {
    pub async fn check(&self, db: &Db, presented: &str) -> Result<bool, Problem> {
        let Some((id, secret)) = keys::split(presented) else {
            return Ok(false);
        };
        let cached = self.verified.read().ok().and_then(|map| {
            map.get(id)
                .filter(|(_, at)| at.elapsed() < KEY_TTL)
                .map(|(hash, _)| *hash)
        });
        if let Some(hash) = cached {
            return Ok(keys::verify(secret, &hash));
        }
        let row = db.key(id).await?;
        let mut map = self
            .verified
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match row.filter(|k| k.revoked_at.is_none()) {
            Some(key) => {
                let Ok(hash) = <[u8; 32]>::try_from(key.secret_hash.as_slice()) else {
                    return Ok(false);
                };
                let valid = keys::verify(secret, &hash);
                if valid {
                    map.insert(id.to_owned(), (hash, Instant::now()));
                }
                Ok(valid)
            }
            None => {
                map.remove(id);
                Ok(false)
            }
        }
    }
}

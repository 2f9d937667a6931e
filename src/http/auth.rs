//! Who may call: operators with an API key everywhere under `/v1`; a browser holding one
//! user's inbox token on that user's inbox routes only.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::extract::{FromRef, FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use jiff::Timestamp;

use super::generations::Generations;
use super::problem::{Problem, Type};
use super::rate_limit::{ClientIp, RateLimits};
use crate::clock::Clock;
use crate::domain::user_id::UserId;
use crate::security::token::Signer;
use crate::security::{keys, token};
use crate::store::Db;

/// How long a verified key or a user's token generation is trusted without asking the
/// database again: a revoked key or token stops working within this time on every instance.
pub const TRUST_TTL: Duration = Duration::from_secs(5);

/// What checking credentials needs: the keys (cached), the token signer and the users' token
/// generations.
#[derive(Clone)]
pub struct Auth {
    db: Db,
    keys: Arc<KeyCache>,
    signer: Arc<Signer>,
    generations: Generations,
    clock: Clock,
    limits: RateLimits,
}

impl Auth {
    pub fn new(
        db: Db,
        signer: Arc<Signer>,
        generations: Generations,
        clock: Clock,
        limits: RateLimits,
    ) -> Self {
        Self {
            db,
            keys: Arc::default(),
            signer,
            generations,
            clock,
            limits,
        }
    }

    /// The request's `Authorization: Bearer` must be a valid operator key (within its rate).
    pub async fn require_bearer_key(&self, headers: &HeaderMap, client: ClientIp) -> Result<(), Problem> {
        let presented = bearer(headers).map_err(|refused| self.refused(client, refused))?;
        self.require_key(presented, client).await
    }

    async fn require_key(&self, presented: &str, client: ClientIp) -> Result<(), Problem> {
        match keys::split(presented) {
            Some((id, _)) if self.keys.check(&self.db, presented).await? => self.limits.key(id),
            _ => Err(self.refused(
                client,
                Problem::unauthorized("the API key is not valid (unknown, revoked or mistyped)"),
            )),
        }
    }

    /// A refused credential counts against the client's IP: over its limit, the answer is
    /// `429` instead of `problem`, so that guessing is slowed as well as refused.
    pub fn refused(&self, client: ClientIp, problem: Problem) -> Problem {
        self.limits.anonymous(client).err().unwrap_or(problem)
    }

    /// A request to a public route (no credential needed) from `client`.
    pub fn anonymous(&self, client: ClientIp) -> Result<(), Problem> {
        self.limits.anonymous(client)
    }

    /// A request with `user`'s valid inbox token.
    pub fn user(&self, user: &UserId) -> Result<(), Problem> {
        self.limits.user(user.as_str())
    }
}

/// Proof that the request carries a valid operator API key.
pub struct Operator;

impl<S: Send + Sync> FromRequestParts<S> for Operator
where
    Auth: FromRef<S>,
{
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        Auth::from_ref(state)
            .require_bearer_key(&parts.headers, ClientIp::of(parts))
            .await
            .map(|()| Self)
    }
}

/// Access to the inbox of the user named in the path: by API key, or by that user's token.
pub struct InboxAccess(pub UserId);

impl<S: Send + Sync> FromRequestParts<S> for InboxAccess
where
    Auth: FromRef<S>,
{
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        let (user, _) = inbox_access(parts, state, false).await?;
        Ok(Self(user))
    }
}

/// [`InboxAccess`] for the stream: the credential may also come as `?token=`, because a
/// browser's `EventSource` cannot send headers; `token` is the inbox token it was opened
/// with (an API key: none), which the stream checks again as it goes.
pub struct StreamAccess {
    pub user: UserId,
    pub token: Option<OpenToken>,
}

impl<S: Send + Sync> FromRequestParts<S> for StreamAccess
where
    Auth: FromRef<S>,
{
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        let (user, grant) = inbox_access(parts, state, true).await?;
        let token = grant.map(|grant| OpenToken {
            expires: grant.expires,
            generation: grant.generation,
            db: Auth::from_ref(state).db,
        });
        Ok(Self { user, token })
    }
}

/// The inbox token a stream was opened with: it ends when the token expires, or once the
/// token is revoked.
pub struct OpenToken {
    pub expires: Timestamp,
    generation: i64,
    db: Db,
}

impl OpenToken {
    /// Whether `user`'s tokens were revoked since this one was issued. Asked when the inbox
    /// changed (revoking changes it), of the database: on every instance, a stream ends at
    /// once, where a cached generation could keep it open for [`TRUST_TTL`].
    pub async fn revoked(&self, user: &UserId) -> bool {
        self.db
            .token_generation(user)
            .await
            .is_ok_and(|current| current != self.generation)
    }
}

/// The `token` query parameter, percent-decoded.
fn query_token(parts: &Parts) -> Option<String> {
    let query = parts.uri.query()?;
    query.split('&').find_map(|pair| {
        let value = pair.strip_prefix("token=")?;
        percent_encoding::percent_decode_str(value)
            .decode_utf8()
            .ok()
            .map(|v| v.into_owned())
    })
}

/// Whether the request's credential (`Authorization`, or `?token=` where `from_query`)
/// opens the inbox of the user in the path: an operator key, or that user's unexpired,
/// unrevoked inbox token (and what it grants).
async fn inbox_access<S: Send + Sync>(
    parts: &mut Parts,
    state: &S,
    from_query: bool,
) -> Result<(UserId, Option<token::Grant>), Problem>
where
    Auth: FromRef<S>,
{
    let user = path_user(parts, state).await?;
    let auth = Auth::from_ref(state);
    let client = ClientIp::of(parts);
    let queried = if from_query { query_token(parts) } else { None };
    let presented = match &queried {
        Some(token) => token.as_str(),
        None => bearer(&parts.headers).map_err(|refused| auth.refused(client, refused))?,
    };
    if keys::split(presented).is_some() {
        return auth.require_key(presented, client).await.map(|()| (user, None));
    }
    match auth.signer.verify(token::INBOX, presented, auth.clock.now()) {
        Some(grant) if grant.user == user => {
            if grant.generation != auth.generations.current(&user).await? {
                return Err(auth.refused(
                    client,
                    Problem::unauthorized(
                        "this inbox token was revoked (its user was deleted or their tokens revoked)",
                    ),
                ));
            }
            auth.user(&user).map(|()| (user, Some(grant)))
        }
        Some(_) => Err(auth.refused(
            client,
            Problem::new(Type::Forbidden, "this inbox token belongs to another user"),
        )),
        None => Err(auth.refused(
            client,
            Problem::unauthorized("the inbox token is not valid or has expired"),
        )),
    }
}

/// The `{user_id}` path parameter, validated (the README lists what a user id may hold).
pub struct UserPath(pub UserId);

impl<S: Send + Sync> FromRequestParts<S> for UserPath {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        path_user(parts, state).await.map(Self)
    }
}

async fn path_user<S: Send + Sync>(parts: &mut Parts, state: &S) -> Result<UserId, Problem> {
    let params = RawPathParams::from_request_parts(parts, state)
        .await
        .map_err(|e| Problem::invalid("path.user_id", e.body_text()))?;
    let raw = params
        .iter()
        .find_map(|(name, value)| (name == "user_id").then_some(value))
        .ok_or_else(|| Problem::not_found("no user in this path"))?;
    UserId::parse(raw).map_err(|e| Problem::invalid("path.user_id", e.to_string()))
}

fn bearer(headers: &HeaderMap) -> Result<&str, Problem> {
    let value = headers
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

/// Verified key hashes by key id, refreshed from the database every [`TRUST_TTL`].
#[derive(Default)]
struct KeyCache {
    verified: RwLock<HashMap<String, ([u8; 32], Instant)>>,
}

impl KeyCache {
    async fn check(&self, db: &Db, presented: &str) -> Result<bool, Problem> {
        let Some((id, secret)) = keys::split(presented) else {
            return Ok(false);
        };
        let cached = self.verified.read().ok().and_then(|map| {
            map.get(id)
                .filter(|(_, at)| at.elapsed() < TRUST_TTL)
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

//! Recipients: `PUT/GET/DELETE /v1/users/{user_id}` and inbox tokens.

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use std::sync::Arc;
use std::time::Duration;

use super::ApiState;
use super::auth::{Operator, UserPath};
use super::generations::Generations;
use super::openapi::{UserIdPath, WithKey, problems};
use super::problem::{Problem, Type};
use crate::clock::Clock;
use crate::domain::quiet_hours::{QuietHours, hh_mm};
use crate::live::Live;
use crate::security::token::{self, Grant, Signer};
use crate::store::{PutUser, UserProfile, UserRow};
use tokio::sync::Notify;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{self, ObjectBuilder, Schema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// What the user routes need: the store, the signer of inbox tokens, their lifetime and
/// generations, and the task that delivers webhooks kept for refIds a user claims
/// (`unrouted`).
#[derive(Clone)]
pub struct Users {
    db: crate::store::Db,
    signer: Arc<Signer>,
    token_ttl: Duration,
    generations: Generations,
    clock: Clock,
    claimed: Arc<Notify>,
    /// Told of profile changes and erasures, which change the inbox.
    live: Live,
}

impl Users {
    pub fn new(
        db: crate::store::Db,
        signer: Arc<Signer>,
        token_ttl: Duration,
        generations: Generations,
        clock: Clock,
        claimed: Arc<Notify>,
        live: Live,
    ) -> Self {
        Self {
            db,
            signer,
            token_ttl,
            generations,
            clock,
            claimed,
            live,
        }
    }
}

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new()
        .routes(routes!(put_user, get_user, delete_user))
        .routes(routes!(inbox_token))
        .routes(routes!(revoke_tokens))
        .routes(routes!(export))
}

problems! {
    /// A user's record, by the operator.
    UserProblems = [Unauthorized, NotFound, RateLimited];
    PutProblems = [
        InvalidJson,
        UnreadableBody,
        UnsupportedMediaType,
        InvalidInput @ 422,
        RefIdTaken,
        Unauthorized,
        RateLimited,
    ];
}

/// The body of `PUT /v1/users/{user_id}`; every field is optional and absent means unset,
/// except `ayrshare_ref_ids`, which absent leaves as it is (a client that PUTs only an address
/// must not stop its user's webhooks).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct UserBody {
    #[schema(format = Email)]
    email: Option<String>,
    name: Option<String>,
    locale: Option<String>,
    timezone: Option<String>,
    /// A daily window without email, on the user's clock (`timezone`); absent: the
    /// configured default, if any.
    quiet_hours: Option<QuietHoursBody>,
    /// The Ayrshare User Profiles (`refId`) whose webhooks this user receives.
    #[schema(max_items = 100, value_type = Option<Vec<RefId>>)]
    ayrshare_ref_ids: Option<Vec<String>>,
}

/// Quiet hours as sent: validated by [`validate`] (a bad time is a 400 naming the field, not
/// a body of the wrong shape).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct QuietHoursBody {
    /// `HH:MM`, when the quiet starts.
    #[schema(pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", example = "22:00")]
    start: String,
    /// `HH:MM`, when it ends; earlier than `start` for a window across midnight.
    #[schema(pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", example = "08:00")]
    end: String,
}

/// An Ayrshare refId, as the schema states what [`ref_ids`] accepts.
struct RefId;

impl utoipa::PartialSchema for RefId {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(schema::Type::String)
            .pattern(Some("^[!-~]{1,200}$"))
            .into()
    }
}

impl utoipa::ToSchema for RefId {}

/// At most this many Ayrshare User Profiles per user.
const MAX_REF_IDS: usize = 100;

#[derive(Serialize, utoipa::ToSchema)]
struct UserView {
    id: String,
    email: Option<String>,
    name: Option<String>,
    locale: Option<String>,
    timezone: Option<String>,
    quiet_hours: Option<QuietHours>,
    ayrshare_ref_ids: Vec<String>,
    created_at: String,
    updated_at: String,
}

impl UserView {
    fn new(row: UserRow, ayrshare_ref_ids: Vec<String>) -> Self {
        Self {
            id: row.id,
            email: row.email,
            name: row.name,
            locale: row.locale,
            timezone: row.timezone,
            quiet_hours: row.quiet_hours.and_then(|q| q.parse().ok()),
            ayrshare_ref_ids,
            created_at: crate::present::millis(row.created_at).to_string(),
            updated_at: crate::present::millis(row.updated_at).to_string(),
        }
    }
}

impl Users {
    async fn view(&self, id: &crate::domain::user_id::UserId) -> Result<Option<UserView>, Problem> {
        let Some(row) = self.db.user(id).await? else {
            return Ok(None);
        };
        Ok(Some(UserView::new(row, self.db.profiles_of(id).await?)))
    }
}

#[utoipa::path(
    put,
    path = "/v1/users/{user_id}",
    tag = "users",
    operation_id = "putUser",
    summary = "Create or replace a user",
    description = "Every field is optional; absent means unset, except `ayrshare_ref_ids`, which \
        absent leaves as it is. `201` when the user is new, `200` when replaced.",
    params(UserIdPath),
    request_body(content = UserBody, content_type = "application/json"),
    responses(
        (status = 201, description = "Created.", body = UserView),
        (status = 200, description = "Replaced.", body = UserView),
        PutProblems,
    ),
    security(("api_key" = []))
)]
async fn put_user(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
    body: Result<Json<UserBody>, JsonRejection>,
) -> Result<(StatusCode, Json<UserView>), Problem> {
    let Json(body) = body?;
    let profile = validate(body)?;
    let status = match users.db.put_user(&id, &profile, users.clock.now_ms()).await? {
        PutUser::Created => StatusCode::CREATED,
        PutUser::Updated => {
            users.live.refresh(&users.db, &[id.as_str()]).await?;
            StatusCode::OK
        }
        PutUser::RefIdTaken { ref_id, user_id } => {
            return Err(Problem::new(
                Type::RefIdTaken,
                format!(
                    "the Ayrshare refId `{ref_id}` belongs to user `{user_id}`; remove it there first \
                     (PUT that user without it); nothing was changed"
                ),
            ));
        }
    };
    if profile
        .ayrshare_ref_ids
        .as_ref()
        .is_some_and(|ids| !ids.is_empty())
    {
        // Webhooks that waited for one of these profiles go to this user now.
        users.claimed.notify_one();
    }
    // Deleted by a concurrent DELETE between the two statements: the user is gone, as asked.
    let user = users
        .view(&id)
        .await?
        .ok_or_else(|| Problem::not_found("the user was deleted while being saved"))?;
    Ok((status, Json(user)))
}

/// An address the SMTP relay will take: one lettre builds messages to, without a quoted local
/// part (`"a b"@example.com`) or an IP literal (`a@[127.0.0.1]`), which lettre accepts but
/// relays refuse, so that such an address fails here rather than as a dead delivery later.
fn deliverable(email: &str) -> Result<(), String> {
    let address = email
        .parse::<lettre::Address>()
        .map_err(|e| format!("is not an email address ({e})"))?;
    if address.user().starts_with('"') {
        return Err("has a quoted local part, which mail relays refuse".to_owned());
    }
    if address.domain().starts_with('[') {
        return Err("has an IP address for a domain, which mail relays refuse".to_owned());
    }
    Ok(())
}

fn validate(body: UserBody) -> Result<UserProfile, Problem> {
    let email = body.email.map(|e| e.trim().to_owned()).filter(|e| !e.is_empty());
    if let Some(email) = &email {
        deliverable(email).map_err(|reason| Problem::invalid("body.email", reason))?;
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
    let quiet_hours = body
        .quiet_hours
        .map(|q| {
            let time = |field: &str, text: &str| {
                hh_mm::parse(text.trim())
                    .map_err(|e| Problem::invalid(&format!("body.quiet_hours.{field}"), e.to_string()))
            };
            QuietHours::new(time("start", &q.start)?, time("end", &q.end)?)
                .map_err(|e| Problem::invalid("body.quiet_hours", e.to_string()))
        })
        .transpose()?;
    Ok(UserProfile {
        email,
        name,
        locale,
        timezone,
        quiet_hours,
        ayrshare_ref_ids: body.ayrshare_ref_ids.map(ref_ids).transpose()?,
    })
}

/// Ayrshare refIds: 1 to 200 visible ASCII characters each, at most [`MAX_REF_IDS`], each once.
fn ref_ids(mut ids: Vec<String>) -> Result<Vec<String>, Problem> {
    if ids.len() > MAX_REF_IDS {
        return Err(Problem::invalid(
            "body.ayrshare_ref_ids",
            format!("lists at most {MAX_REF_IDS} refIds"),
        ));
    }
    for id in &mut ids {
        *id = id.trim().to_owned();
        if id.is_empty() || id.len() > 200 || !id.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(Problem::invalid(
                "body.ayrshare_ref_ids",
                "each refId must be 1 to 200 visible ASCII characters, as Ayrshare returns it",
            ));
        }
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

#[utoipa::path(
    get,
    path = "/v1/users/{user_id}",
    tag = "users",
    operation_id = "getUser",
    summary = "A user",
    params(UserIdPath),
    responses((status = 200, description = "The user.", body = UserView), UserProblems),
    security(("api_key" = []))
)]
async fn get_user(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
) -> Result<Json<UserView>, Problem> {
    let user = users
        .view(&id)
        .await?
        .ok_or_else(|| Problem::not_found("no such user"))?;
    Ok(Json(user))
}

/// Everything herald holds about the user (`store::export`).
#[utoipa::path(
    get,
    path = "/v1/users/{user_id}/export",
    tag = "users",
    operation_id = "exportUser",
    summary = "Everything herald holds about a user",
    description = "For data-protection access requests: the profile, preferences, suppressions, \
        notifications, deliveries and events, as stored (times in milliseconds since the epoch).",
    params(UserIdPath),
    responses(
        (status = 200, description = "The user's data.", body = crate::store::export::Export),
        UserProblems,
    ),
    security(("api_key" = []))
)]
async fn export(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
) -> Result<Json<crate::store::export::Export>, Problem> {
    users
        .db
        .export(&id)
        .await?
        .map(Json)
        .ok_or_else(|| Problem::not_found("no such user"))
}

#[utoipa::path(
    delete,
    path = "/v1/users/{user_id}",
    tag = "users",
    operation_id = "deleteUser",
    summary = "Erase a user and everything herald holds about them",
    description = "Their inbox tokens and unsubscribe links stop working, also for a later user \
        with the same id.",
    params(UserIdPath),
    responses((status = 204, description = "Erased."), UserProblems),
    security(("api_key" = []))
)]
async fn delete_user(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
) -> Result<StatusCode, Problem> {
    let generation = users.db.delete_user(&id, users.clock.now_ms()).await?;
    let generation = generation.ok_or_else(|| Problem::not_found("no such user"))?;
    users.generations.revoked(&id, generation);
    users.live.publish([(id.as_str(), -1)]);
    Ok(StatusCode::NO_CONTENT)
}

/// Every inbox and unsubscribe token issued for the user so far stops working (a leaked link,
/// a lost device); new ones are issued as before. The user need not exist.
#[utoipa::path(
    post,
    path = "/v1/users/{user_id}/revoke-tokens",
    tag = "users",
    operation_id = "revokeUserTokens",
    summary = "Retire every inbox token and unsubscribe link issued for a user",
    description = "A leaked link, a lost device: tokens issued from now on work as before; open \
        streams end with `expired`. The user need not exist.",
    params(UserIdPath),
    responses((status = 204, description = "Revoked."), WithKey),
    security(("api_key" = []))
)]
async fn revoke_tokens(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
) -> Result<StatusCode, Problem> {
    let generation = users.db.revoke_tokens(&id, users.clock.now_ms()).await?;
    users.generations.revoked(&id, generation);
    // Wakes the user's streams, here and on the other instances.
    users.live.refresh(&users.db, &[id.as_str()]).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, utoipa::ToSchema)]
struct InboxToken {
    token: String,
    expires_at: String,
}

#[utoipa::path(
    post,
    path = "/v1/users/{user_id}/inbox-token",
    tag = "users",
    operation_id = "issueInboxToken",
    summary = "A token that opens this user's inbox, for their dashboard",
    description = "Hand it to the user's browser: it opens that user's inbox, counts, changes and \
        stream, and nothing else, until `expires_at` (`[inbox] token_ttl`).",
    params(UserIdPath),
    responses((status = 200, description = "The token.", body = InboxToken), WithKey),
    security(("api_key" = []))
)]
async fn inbox_token(
    State(users): State<Users>,
    _: Operator,
    UserPath(id): UserPath,
) -> Result<Json<InboxToken>, Problem> {
    let now = users.clock.now();
    let ttl = jiff::SignedDuration::try_from(users.token_ttl).unwrap_or(jiff::SignedDuration::from_mins(15));
    let expires = now.checked_add(ttl).unwrap_or(now);
    let grant = Grant {
        generation: users.generations.current(&id).await?,
        user: id,
        scope: Vec::new(),
        expires,
    };
    Ok(Json(InboxToken {
        token: users.signer.issue(token::INBOX, &grant, now),
        expires_at: expires.to_string(),
    }))
}

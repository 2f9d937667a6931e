//! Everything herald holds about one user, for `GET /v1/users/{id}/export` (data-protection
//! access requests; `DELETE /v1/users/{id}` is the erasure beside it). Rows come as stored:
//! times in milliseconds since the epoch, event bodies verbatim, notification parameters as
//! their stored JSON text. Webhooks kept unrouted belong to no user yet and are not part of
//! it. The export is one answer, not paged: its size is bounded by retention.

use serde::Serialize;

use super::outbox::Preference;
use super::{Db, Result, on_pool};
use crate::domain::user_id::UserId;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Export {
    pub user: ExportedUser,
    pub ayrshare_ref_ids: Vec<String>,
    pub preferences: Vec<Preference>,
    pub suppressions: Vec<ExportedSuppression>,
    pub notifications: Vec<ExportedNotification>,
    pub deliveries: Vec<ExportedDelivery>,
    pub events: Vec<ExportedEvent>,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct ExportedUser {
    pub id: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub timezone: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct ExportedSuppression {
    pub address: String,
    pub reason: String,
    pub created_at: i64,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct ExportedNotification {
    pub id: String,
    pub kind: String,
    pub category: String,
    pub severity: String,
    pub state: String,
    pub condition_key: String,
    pub resolve_key: Option<String>,
    pub language: Option<String>,
    pub platforms: String,
    pub params: String,
    pub occurrences: i64,
    pub first_event_id: String,
    pub last_event_id: String,
    pub emailed_at: Option<i64>,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub read_at: Option<i64>,
    pub seen_at: Option<i64>,
    pub archived_at: Option<i64>,
    pub expires_at: Option<i64>,
    pub resolved_at: Option<i64>,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct ExportedDelivery {
    pub id: String,
    pub notification_id: String,
    pub event_id: String,
    pub category: String,
    pub language: Option<String>,
    pub status: String,
    pub reason: String,
    pub recipient: Option<String>,
    pub email_id: Option<String>,
    pub attempts: i64,
    pub run_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub sent_at: Option<i64>,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct ExportedEvent {
    pub id: String,
    pub idem_key: Option<String>,
    pub language: Option<String>,
    pub received_at: i64,
    pub body: String,
    /// What herald answered.
    pub response: String,
}

impl Db {
    /// `None` when there is no such user.
    pub async fn export(&self, user: &UserId) -> Result<Option<Export>> {
        const USER: &str = "SELECT id, email, name, locale, timezone, created_at, updated_at \
            FROM users WHERE id = $1";
        const SUPPRESSIONS: &str = "SELECT address, reason, created_at FROM suppressions \
            WHERE user_id = $1 ORDER BY created_at";
        const NOTIFICATIONS: &str = "SELECT id, kind, category, severity, state, condition_key, \
            resolve_key, language, platforms, params, occurrences, first_event_id, last_event_id, \
            emailed_at, created_at, last_seen_at, read_at, seen_at, archived_at, expires_at, \
            resolved_at FROM notifications WHERE user_id = $1 ORDER BY id";
        const DELIVERIES: &str = "SELECT id, notification_id, event_id, category, language, status, \
            reason, recipient, email_id, attempts, run_at, last_error, created_at, updated_at, sent_at \
            FROM deliveries WHERE user_id = $1 ORDER BY id";
        const EVENTS: &str = "SELECT id, idem_key, language, received_at, body, response FROM events \
            WHERE user_id = $1 ORDER BY received_at, id";
        let id = user.as_str();
        let found: Option<ExportedUser> = on_pool!(self, |pool| sqlx::query_as(USER)
            .bind(id)
            .fetch_optional(pool)
            .await)?;
        let Some(found) = found else {
            return Ok(None);
        };
        Ok(Some(Export {
            user: found,
            ayrshare_ref_ids: self.profiles_of(user).await?,
            preferences: self.preferences(user).await?,
            suppressions: on_pool!(self, |pool| sqlx::query_as(SUPPRESSIONS)
                .bind(id)
                .fetch_all(pool)
                .await)?,
            notifications: on_pool!(self, |pool| sqlx::query_as(NOTIFICATIONS)
                .bind(id)
                .fetch_all(pool)
                .await)?,
            deliveries: on_pool!(self, |pool| sqlx::query_as(DELIVERIES)
                .bind(id)
                .fetch_all(pool)
                .await)?,
            events: on_pool!(self, |pool| sqlx::query_as(EVENTS).bind(id).fetch_all(pool).await)?,
        }))
    }
}

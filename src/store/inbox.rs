//! Notifications as a user's inbox shows them: pages, counts, the change feed, read and
//! archived marks, and the expiry sweep.

use serde::Serialize;

use super::{Db, ReadParams, Result, dialect, json, on_pool, read_params};
use crate::domain::catalog::{Category, Severity};
use crate::domain::state::{NotificationState, effective_state};
use crate::domain::user_id::UserId;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: String,
    pub kind: String,
    pub category: Category,
    pub severity: Severity,
    /// As stored; readers show [`Self::effective_state`].
    pub state: NotificationState,
    pub platforms: String,
    pub params: String,
    pub language: Option<String>,
    pub occurrences: i64,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub read_at: Option<i64>,
    pub seen_at: Option<i64>,
    pub archived_at: Option<i64>,
    pub expires_at: Option<i64>,
    /// The inbox version at which this row last changed.
    pub version: i64,
}

/// The columns of [`NotificationRow`], in its order.
macro_rules! notification_columns {
    () => {
        "id, kind, category, severity, state, platforms, params, language, occurrences, \
         created_at, last_seen_at, read_at, seen_at, archived_at, expires_at, version"
    };
}

/// The part of the inbox a preference hides: categories the user turned off for the inbox.
macro_rules! visible {
    () => {
        "category NOT IN (SELECT category FROM preferences \
            WHERE user_id = $1 AND channel = 'inbox' AND enabled = 0)"
    };
}

impl NotificationRow {
    pub fn effective_state(&self, now: i64) -> NotificationState {
        effective_state(self.state, self.expires_at, now)
    }

    /// The parameters to render; unreadable ones are logged and flagged.
    pub fn read_params(&self) -> ReadParams {
        read_params(&self.id, &self.params)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFilter {
    All,
    Unread,
    Read,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchivedFilter {
    Active,
    Archived,
    All,
}

/// Where a page starts: strictly older than this item in inbox order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub last_seen_at: i64,
    pub id: String,
}

#[derive(Debug, Clone)]
pub struct InboxQuery {
    pub read: ReadFilter,
    pub archived: ArchivedFilter,
    pub category: Option<Category>,
    pub after: Option<Cursor>,
    pub limit: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Counts {
    pub unread: i64,
    pub unseen: i64,
    pub total: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateChange {
    Read,
    Unread,
    Archive,
    Unarchive,
}

/// What a single-item state change found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    Yes,
    AlreadySo,
    NotFound,
}

impl Db {
    /// The user's inbox version, the cheap half of every ETag check.
    pub async fn inbox_version(&self, id: &UserId) -> Result<Option<i64>> {
        const SQL: &str = "SELECT inbox_version FROM users WHERE id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_scalar(SQL)
            .bind(id.as_str())
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn inbox_page(&self, user: &UserId, query: &InboxQuery) -> Result<Vec<NotificationRow>> {
        const SQL: &str = concat!(
            "SELECT ",
            notification_columns!(),
            " FROM notifications \
            WHERE user_id = $1 \
              AND ($2 = 0 OR ($2 = 1 AND read_at IS NULL) OR ($2 = 2 AND read_at IS NOT NULL)) \
              AND (($3 = 0 AND archived_at IS NULL) OR ($3 = 1 AND archived_at IS NOT NULL) OR $3 = 2) \
              AND ($4 IS NULL OR category = $4) AND ",
            visible!(),
            " AND (last_seen_at, id) < ($5, $6) \
            ORDER BY last_seen_at DESC, id DESC \
            LIMIT $7"
        );
        let read = match query.read {
            ReadFilter::All => 0_i64,
            ReadFilter::Unread => 1,
            ReadFilter::Read => 2,
        };
        let archived = match query.archived {
            ArchivedFilter::Active => 0_i64,
            ArchivedFilter::Archived => 1,
            ArchivedFilter::All => 2,
        };
        // A row-value bound, so that both databases seek the inbox index to the cursor instead
        // of filtering every row before it; the first page starts above any stored instant.
        let (cursor_time, cursor_id) = query
            .after
            .as_ref()
            .map_or((i64::MAX, ""), |c| (c.last_seen_at, c.id.as_str()));
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(user.as_str())
            .bind(read)
            .bind(archived)
            .bind(query.category)
            .bind(cursor_time)
            .bind(cursor_id)
            .bind(i64::from(query.limit))
            .fetch_all(pool)
            .await)?)
    }

    pub async fn inbox_counts(&self, user: &UserId) -> Result<Counts> {
        const SQL: &str = concat!(
            "SELECT \
                COALESCE(SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END), 0) AS unread, \
                COALESCE(SUM(CASE WHEN seen_at IS NULL THEN 1 ELSE 0 END), 0) AS unseen, \
                COUNT(*) AS total \
            FROM notifications WHERE user_id = $1 AND archived_at IS NULL AND ",
            visible!()
        );
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(user.as_str())
            .fetch_one(pool)
            .await)?)
    }

    /// Up to `limit` items of the user's inbox that changed after version `since`, in the
    /// order they changed (one index range: `notifications_changes`).
    pub async fn inbox_changes(&self, user: &UserId, since: i64, limit: u32) -> Result<Vec<NotificationRow>> {
        const SQL: &str = concat!(
            "SELECT ",
            notification_columns!(),
            " FROM notifications WHERE user_id = $1 AND version > $2 AND ",
            visible!(),
            " ORDER BY version LIMIT $3"
        );
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(user.as_str())
            .bind(since)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// `(user, inbox version)` of those of `users` that exist; on PostgreSQL also announced
    /// to every instance's live inbox (after the change, which has committed).
    pub async fn inbox_versions(&self, users: &[&str]) -> Result<Vec<(String, i64)>> {
        let sql = dialect!(self,
            sqlite: "SELECT id, inbox_version FROM users WHERE id IN (SELECT value FROM json_each($1))",
            postgres: concat!(
                "WITH versions AS (SELECT id, inbox_version FROM users \
                    WHERE id IN (SELECT value FROM jsonb_array_elements_text($1::jsonb))), ",
                crate::store::postgres::announce_versions!(),
                " SELECT id, inbox_version FROM versions, (SELECT count(*) FROM announced) AS a"
            ),
        );
        let users = json(users)?;
        Ok(on_pool!(self, |pool| sqlx::query_as(sql)
            .bind(&users)
            .fetch_all(pool)
            .await)?)
    }

    pub async fn change_state(
        &self,
        user: &UserId,
        id: &str,
        change: StateChange,
        now: i64,
    ) -> Result<Changed> {
        const READ: &str = "UPDATE notifications SET read_at = $3, seen_at = COALESCE(seen_at, $3) \
                            WHERE user_id = $1 AND id = $2 AND read_at IS NULL";
        const UNREAD: &str = "UPDATE notifications SET read_at = NULL \
                              WHERE user_id = $1 AND id = $2 AND read_at IS NOT NULL";
        const ARCHIVE: &str = "UPDATE notifications SET archived_at = $3 \
                               WHERE user_id = $1 AND id = $2 AND archived_at IS NULL";
        const UNARCHIVE: &str = "UPDATE notifications SET archived_at = NULL \
                                 WHERE user_id = $1 AND id = $2 AND archived_at IS NOT NULL";
        const EXISTS: &str = "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND id = $2";
        let (sql, stamped) = match change {
            StateChange::Read => (READ, true),
            StateChange::Unread => (UNREAD, false),
            StateChange::Archive => (ARCHIVE, true),
            StateChange::Unarchive => (UNARCHIVE, false),
        };
        on_pool!(self, |pool| {
            let query = sqlx::query(sql).bind(user.as_str()).bind(id);
            let query = if stamped { query.bind(now) } else { query };
            if query.execute(pool).await?.rows_affected() > 0 {
                return Ok(Changed::Yes);
            }
            let found: i64 = sqlx::query_scalar(EXISTS)
                .bind(user.as_str())
                .bind(id)
                .fetch_one(pool)
                .await?;
            Ok(if found > 0 {
                Changed::AlreadySo
            } else {
                Changed::NotFound
            })
        })
    }

    /// Marks every active notification read (`seen_only`: seen); returns how many changed.
    pub async fn mark_all(&self, user: &UserId, seen_only: bool, now: i64) -> Result<u64> {
        const READ: &str = "UPDATE notifications SET read_at = $2, seen_at = COALESCE(seen_at, $2) \
                            WHERE user_id = $1 AND read_at IS NULL AND archived_at IS NULL";
        const SEEN: &str = "UPDATE notifications SET seen_at = $2 \
                            WHERE user_id = $1 AND seen_at IS NULL AND archived_at IS NULL";
        let sql = if seen_only { SEEN } else { READ };
        let done = on_pool!(self, |pool| sqlx::query(sql)
            .bind(user.as_str())
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(done)
    }

    /// Stores the expiry of every open notification whose time is up; returns the users whose
    /// notifications expired (once each). This sweep is the authority for the stored state;
    /// readers apply the same rule in the meantime ([`effective_state`]), and an ingest batch
    /// expires only its own users' rows.
    pub async fn expire_due(&self, now: i64) -> Result<Vec<String>> {
        const SQL: &str = "UPDATE notifications SET state = 'expired' \
                           WHERE state = 'open' AND expires_at <= $1 RETURNING user_id, kind";
        let expired: Vec<(String, String)> =
            on_pool!(self, |pool| sqlx::query_as(SQL).bind(now).fetch_all(pool).await)?;
        let mut users: Vec<String> = expired
            .into_iter()
            .map(|(user, kind)| {
                crate::metrics::notifications(&kind, "expired", 1);
                user
            })
            .collect();
        users.sort_unstable();
        users.dedup();
        Ok(users)
    }
}

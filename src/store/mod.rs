//! Storage: one interface, a SQLite implementation (the embedded default) and room for
//! PostgreSQL (several instances sharing one database).
//!
//! [`Db`] is an enum rather than a trait object so handlers stay non-generic and each backend
//! keeps its own SQL. Ingest goes through [`writer::Writer`], which commits many results per
//! transaction (group commit); everything else is a single statement or a short transaction.

pub mod copy;
pub mod ingest;
pub mod outbox;
mod postgres;
mod sqlite;
pub mod writer;

use std::time::Duration;

use serde::Serialize;

use crate::config::{Database, Synchronous};
use crate::domain::user_id::UserId;

pub use ingest::{IngestJob, IngestReply};
pub use postgres::PgStore;
pub use sqlite::{SqliteStore, WalFile};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Other(String),
}

impl StoreError {
    /// Another transaction got there first: a unique key it committed while this one ran
    /// (two instances storing one `Idempotency-Key`), a deadlock or a serialization failure.
    /// Running the same work again sees what the other committed.
    pub fn is_conflict(&self) -> bool {
        const CONFLICTS: [&str; 3] = ["23505", "40P01", "40001"];
        match self {
            Self::Sqlx(sqlx::Error::Database(error)) => error
                .code()
                .is_some_and(|code| CONFLICTS.contains(&code.as_ref())),
            _ => false,
        }
    }
}

impl StoreError {
    /// Whether the same request can succeed shortly: the database is busy or out of reach.
    /// (Placeholder until the store's own classification lands.)
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::Sqlx(sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_))
        )
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Clone)]
pub enum Db {
    Sqlite(SqliteStore),
    Postgres(PgStore),
}

/// Options that shape how the store behaves, from the configuration.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    pub synchronous: Synchronous,
    /// How long after an email a repeat of the same condition may email again.
    pub renotify_after: Duration,
    /// How long a new delivery waits for others of the same user to join it.
    pub batch_window: Duration,
}

impl StoreOptions {
    fn clock(&self, now: i64) -> ingest::Clock {
        let ms = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        ingest::Clock {
            now,
            renotify_cutoff: now.saturating_sub(ms(self.renotify_after)),
            deliver_at: now.saturating_add(ms(self.batch_window)),
        }
    }
}

/// Runs the same SQL on whichever backend is configured; the statements must be portable.
macro_rules! on_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            Db::Sqlite(store) => {
                let $pool = &store.pool;
                $body
            }
            Db::Postgres(store) => {
                let $pool = &store.pool;
                $body
            }
        }
    };
}
pub(crate) use on_pool;

/// The statement for the backend at hand, where the two dialects differ (JSON list
/// parameters, locking).
macro_rules! dialect {
    ($db:expr, sqlite: $sqlite:expr, postgres: $postgres:expr $(,)?) => {
        match $db {
            Db::Sqlite(_) => $sqlite,
            Db::Postgres(_) => $postgres,
        }
    };
}
pub(crate) use dialect;

/// One statement for both backends where they differ only in how a JSON array parameter
/// becomes rows named `value`: `elements(N)` stands for `json_each($N)` in SQLite and for
/// `jsonb_array_elements($N::jsonb)` in PostgreSQL; `texts(N)` for an array of strings read
/// as text (`jsonb_array_elements_text`).
macro_rules! json_rows {
    ($db:expr, $before:literal, elements($n:literal), $after:literal) => {
        $crate::store::dialect!($db,
            sqlite: concat!($before, "json_each($", $n, ")", $after),
            postgres: concat!($before, "jsonb_array_elements($", $n, "::jsonb)", $after))
    };
    ($db:expr, $before:literal, texts($n:literal), $after:literal) => {
        $crate::store::dialect!($db,
            sqlite: concat!($before, "json_each($", $n, ")", $after),
            postgres: concat!($before, "jsonb_array_elements_text($", $n, "::jsonb)", $after))
    };
}
pub(crate) use json_rows;

/// A list bound as one JSON parameter (rows of a batch, ids), which both backends turn into
/// rows in SQL.
pub(crate) fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StoreError::Other(e.to_string()))
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct UserRow {
    pub id: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub timezone: Option<String>,
    #[serde(skip)]
    pub inbox_version: i64,
    #[serde(skip)]
    pub created_at: i64,
    #[serde(skip)]
    pub updated_at: i64,
}

/// The fields of `PUT /v1/users/{id}`.
#[derive(Debug, Clone, Default)]
pub struct UserProfile {
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub timezone: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiKeyRow {
    pub id: String,
    pub name: String,
    pub secret_hash: Vec<u8>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: String,
    pub kind: String,
    pub category: String,
    pub severity: String,
    pub state: String,
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
    pub category: Option<String>,
    pub after: Option<Cursor>,
    pub limit: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, sqlx::FromRow)]
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
    /// Opens (creating and migrating) the configured database.
    pub async fn open(database: &Database, options: StoreOptions) -> Result<Self> {
        match database {
            Database::Sqlite(path) => Ok(Self::Sqlite(SqliteStore::open(path, options).await?)),
            Database::Postgres(url) => Ok(Self::Postgres(PgStore::open(url, options).await?)),
        }
    }

    /// Stores a batch of ingested results in one transaction, with the semantics of storing
    /// them one after another; used by [`writer::Writer`].
    pub async fn ingest_batch(&self, jobs: &[IngestJob], now: i64) -> Result<ingest::Stored> {
        match self {
            Self::Sqlite(store) => store.ingest_batch(jobs, now).await,
            Self::Postgres(store) => store.ingest_batch(jobs, now).await,
        }
    }

    pub async fn ping(&self) -> Result<()> {
        on_pool!(self, |pool| sqlx::query("SELECT 1")
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Self::Sqlite(store) => store.close().await,
            Self::Postgres(store) => store.close().await,
        }
    }

    /// How many ingest transactions may run at once. SQLite has one writer; PostgreSQL
    /// commits concurrent transactions in parallel (and groups their WAL flushes), so several
    /// batches in flight overlap one batch's round trips and fsync with the next one's work.
    pub fn concurrent_batches(&self) -> usize {
        match self {
            Self::Sqlite(_) => 1,
            Self::Postgres(_) => postgres::CONCURRENT_BATCHES,
        }
    }

    /// A file whose sync makes committed ingest batches durable, when commits do not sync.
    pub fn wal(&self) -> Option<std::sync::Arc<WalFile>> {
        match self {
            Self::Sqlite(store) => store.wal(),
            Self::Postgres(_) => None,
        }
    }

    // --- secrets -------------------------------------------------------------------------

    /// The named secret, created with `generate` by whichever instance asks first.
    pub async fn secret(&self, name: &str, generate: impl FnOnce() -> Vec<u8>) -> Result<Vec<u8>> {
        const INSERT: &str =
            "INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
        const SELECT: &str = "SELECT value FROM secrets WHERE name = $1";
        let candidate = generate();
        on_pool!(self, |pool| {
            sqlx::query(INSERT)
                .bind(name)
                .bind(&candidate)
                .execute(pool)
                .await?;
            Ok(sqlx::query_scalar(SELECT).bind(name).fetch_one(pool).await?)
        })
    }

    // --- API keys ------------------------------------------------------------------------

    pub async fn insert_key(&self, id: &str, name: &str, secret_hash: &[u8], now: i64) -> Result<()> {
        const SQL: &str = "INSERT INTO api_keys (id, name, secret_hash, created_at) VALUES ($1, $2, $3, $4)";
        on_pool!(self, |pool| sqlx::query(SQL)
            .bind(id)
            .bind(name)
            .bind(secret_hash)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(())
    }

    pub async fn key(&self, id: &str) -> Result<Option<ApiKeyRow>> {
        const SQL: &str = "SELECT id, name, secret_hash, created_at, revoked_at FROM api_keys WHERE id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn keys(&self) -> Result<Vec<ApiKeyRow>> {
        const SQL: &str =
            "SELECT id, name, secret_hash, created_at, revoked_at FROM api_keys ORDER BY created_at, id";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL).fetch_all(pool).await)?)
    }

    /// Revokes a key; false when no such (unrevoked) key exists.
    pub async fn revoke_key(&self, id: &str, now: i64) -> Result<bool> {
        const SQL: &str = "UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL";
        let done = on_pool!(self, |pool| sqlx::query(SQL)
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(done == 1)
    }

    // --- users ---------------------------------------------------------------------------

    pub async fn user(&self, id: &UserId) -> Result<Option<UserRow>> {
        const SQL: &str = "SELECT id, email, name, locale, timezone, inbox_version, created_at, updated_at \
                           FROM users WHERE id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(id.as_str())
            .fetch_optional(pool)
            .await)?)
    }

    /// Creates or replaces a user's profile; true when the user is new.
    pub async fn put_user(&self, id: &UserId, profile: &UserProfile, now: i64) -> Result<bool> {
        // Locale and time zone change the inbox text, so the ETag must change too.
        const SQL: &str = "INSERT INTO users (id, email, name, locale, timezone, created_at, updated_at) \
                           VALUES ($1, $2, $3, $4, $5, $6, $6) \
                           ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, \
                           locale = excluded.locale, timezone = excluded.timezone, \
                           updated_at = excluded.updated_at, inbox_version = users.inbox_version + 1 \
                           RETURNING created_at";
        let created_at: i64 = on_pool!(self, |pool| sqlx::query_scalar(SQL)
            .bind(id.as_str())
            .bind(&profile.email)
            .bind(&profile.name)
            .bind(&profile.locale)
            .bind(&profile.timezone)
            .bind(now)
            .fetch_one(pool)
            .await)?;
        Ok(created_at == now)
    }

    /// Erases a user with their events and notifications; false when there was no such user.
    pub async fn delete_user(&self, id: &UserId) -> Result<bool> {
        const SQL: &str = "DELETE FROM users WHERE id = $1";
        let done = on_pool!(self, |pool| sqlx::query(SQL)
            .bind(id.as_str())
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(done == 1)
    }

    // --- inbox ---------------------------------------------------------------------------

    /// The user's inbox version, the cheap half of every ETag check.
    pub async fn inbox_version(&self, id: &UserId) -> Result<Option<i64>> {
        const SQL: &str = "SELECT inbox_version FROM users WHERE id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_scalar(SQL)
            .bind(id.as_str())
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn inbox_page(&self, user: &UserId, query: &InboxQuery) -> Result<Vec<NotificationRow>> {
        const SQL: &str = "SELECT id, kind, category, severity, state, platforms, params, language, occurrences, \
                created_at, last_seen_at, read_at, seen_at, archived_at, expires_at \
            FROM notifications \
            WHERE user_id = $1 \
              AND ($2 = 0 OR ($2 = 1 AND read_at IS NULL) OR ($2 = 2 AND read_at IS NOT NULL)) \
              AND (($3 = 0 AND archived_at IS NULL) OR ($3 = 1 AND archived_at IS NOT NULL) OR $3 = 2) \
              AND ($4 IS NULL OR category = $4) \
              AND category NOT IN (SELECT category FROM preferences \
                  WHERE user_id = $1 AND channel = 'inbox' AND enabled = 0) \
              AND (last_seen_at, id) < ($5, $6) \
            ORDER BY last_seen_at DESC, id DESC \
            LIMIT $7";
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
            .bind(query.category.as_deref())
            .bind(cursor_time)
            .bind(cursor_id)
            .bind(i64::from(query.limit))
            .fetch_all(pool)
            .await)?)
    }

    pub async fn inbox_counts(&self, user: &UserId) -> Result<Counts> {
        const SQL: &str = "SELECT \
                COALESCE(SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END), 0) AS unread, \
                COALESCE(SUM(CASE WHEN seen_at IS NULL THEN 1 ELSE 0 END), 0) AS unseen, \
                COUNT(*) AS total \
            FROM notifications WHERE user_id = $1 AND archived_at IS NULL \
              AND category NOT IN (SELECT category FROM preferences \
                  WHERE user_id = $1 AND channel = 'inbox' AND enabled = 0)";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(user.as_str())
            .fetch_one(pool)
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

    /// Closes open notifications whose time is up; returns how many.
    pub async fn expire_due(&self, now: i64) -> Result<u64> {
        const SQL: &str = "UPDATE notifications SET state = 'expired' \
                           WHERE state = 'open' AND expires_at <= $1";
        let done = on_pool!(self, |pool| sqlx::query(SQL)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(done)
    }
}

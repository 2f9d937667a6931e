//! Storage: one interface over SQLite (the embedded default) and PostgreSQL (several
//! instances sharing one database).
//!
//! [`Db`] is an enum rather than a trait object so handlers stay non-generic and each backend
//! keeps its own SQL. Ingest goes through [`writer::Writer`], which commits many results per
//! transaction (group commit); everything else is a single statement or a short transaction.
//! One module per responsibility: [`users`], [`keys`], [`inbox`], [`outbox`], [`ingest`],
//! [`webhooks`], [`retention`], [`export`].

mod column;
pub mod copy;
pub mod export;
pub mod inbox;
pub mod ingest;
pub mod keys;
pub mod outbox;
pub mod postgres;
pub mod retention;
mod sqlite;
pub mod users;
pub mod webhooks;
pub mod writer;

use std::sync::Arc;
use std::time::Duration;

use secrecy::ExposeSecret;

use crate::config::{Database, Synchronous};
use crate::domain::classify::Params;
use crate::domain::params;

pub use inbox::{
    ArchivedFilter, Changed, Counts, Cursor, InboxQuery, NotificationRow, ReadFilter, StateChange,
};
pub use ingest::{IngestJob, IngestReply};
pub use keys::ApiKeyRow;
pub use postgres::PgStore;
pub use sqlite::{SqliteStore, WalFile, WalRewind};
pub use users::{PutUser, UserProfile, UserRow};
pub use webhooks::{ClaimedRow, Kept, UnroutedRow};

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
        self.database_code()
            .is_some_and(|code| CONFLICTS.contains(&code.as_ref()))
    }

    /// The database is busy or out of reach for now (pool exhausted or closed, connection
    /// lost, SQLite locked, PostgreSQL shutting down, out of connections, or a deadlock or
    /// serialization failure that outlived the writer's own retries): the same request may
    /// well succeed in a moment. Anything else is a fault that a retry only repeats.
    pub fn is_transient(&self) -> bool {
        // The primary codes SQLITE_BUSY and SQLITE_LOCKED; extended codes keep them in the low byte.
        const SQLITE_BUSY: i64 = 5;
        const SQLITE_LOCKED: i64 = 6;
        // Operator intervention (shutdowns, not accepting connections yet), too many
        // connections, deadlock, serialization failure; class 08 is every connection exception.
        const POSTGRES: [&str; 6] = ["57P01", "57P02", "57P03", "53300", "40P01", "40001"];
        match self {
            Self::Sqlx(sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_)) => true,
            Self::Sqlx(sqlx::Error::Database(error)) => {
                let Some(code) = error.code() else {
                    return false;
                };
                if error.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                    code.parse::<i64>()
                        .is_ok_and(|code| matches!(code & 0xff, SQLITE_BUSY | SQLITE_LOCKED))
                } else {
                    code.starts_with("08") || POSTGRES.contains(&code.as_ref())
                }
            }
            _ => false,
        }
    }

    fn database_code(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            Self::Sqlx(sqlx::Error::Database(error)) => error.code(),
            _ => None,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A notification's parameters as read back to be rendered.
#[derive(Debug, Clone, Default)]
pub struct ReadParams {
    pub params: Params,
    /// The stored parameters could not be read (logged with the notification's id): `params`
    /// is empty and the notification renders with its kind's text alone.
    pub unreadable: bool,
}

fn read_params(notification: &str, stored: &str) -> ReadParams {
    match params::decode(stored) {
        Ok(params) => ReadParams {
            params,
            unreadable: false,
        },
        Err(error) => {
            tracing::error!(%error, notification, "stored parameters are unreadable; rendering without them");
            ReadParams {
                params: Params::default(),
                unreadable: true,
            }
        }
    }
}

/// The database, cheap to clone: handlers get it with every request.
#[derive(Clone)]
pub enum Db {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PgStore>),
}

/// Options that shape how the store behaves, from the configuration.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    pub synchronous: Synchronous,
    /// How long after an email a repeat of the same condition may email again.
    pub renotify_after: Duration,
    /// How long a new delivery waits for others of the same user to join it.
    pub batch_window: Duration,
    /// SQLite: the size past which the writer checkpoints and truncates the write-ahead log.
    pub wal_max_bytes: u64,
    pub unseen_delay: Option<Duration>,
}

impl StoreOptions {
    pub fn from_config(config: &crate::config::Config) -> Self {
        Self {
            synchronous: config.ingest.sqlite_synchronous,
            renotify_after: config.email.renotify_after,
            batch_window: config.email.batch_window,
            wal_max_bytes: config.ingest.sqlite_wal_max_bytes,
            unseen_delay: config.email.unseen_delay,
        }
    }

    fn clock(&self, now: i64) -> ingest::Clock {
        let ms = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        ingest::Clock {
            now,
            renotify_cutoff: now.saturating_sub(ms(self.renotify_after)),
            deliver_at: now.saturating_add(ms(self.batch_window)),
            unseen_delay: self.unseen_delay,
        }
    }
}

/// Runs the same SQL on whichever backend is configured; the statements must be portable.
macro_rules! on_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            Db::Sqlite(store) => {
                let $pool = &store.connections;
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

impl Db {
    /// Opens (creating and migrating) the configured database.
    pub async fn open(database: &Database, options: StoreOptions) -> Result<Self> {
        match database {
            Database::Sqlite(path) => Ok(Self::Sqlite(Arc::new(SqliteStore::open(path, options).await?))),
            Database::Postgres(url) => Ok(Self::Postgres(Arc::new(
                PgStore::open(url.expose_secret(), options).await?,
            ))),
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

    /// The statement that opens a transaction which writes. SQLite's default transaction
    /// takes the write lock at its first write, and when another connection committed after
    /// the transaction's first read, that upgrade fails at once (`SQLITE_BUSY_SNAPSHOT`),
    /// whatever the busy timeout: `BEGIN IMMEDIATE` takes the lock first, waiting for it.
    fn begin_write(&self) -> &'static str {
        dialect!(self, sqlite: "BEGIN IMMEDIATE", postgres: "BEGIN")
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

    /// Between ingest batches: rewinds SQLite's write-ahead log if it has grown past its limit
    /// (see [`sqlite::SqliteStore::rewind_wal`]); PostgreSQL manages its own.
    pub async fn rewind_wal(&self) -> Result<Option<WalRewind>> {
        match self {
            Self::Sqlite(store) => store.rewind_wal().await,
            Self::Postgres(_) => Ok(None),
        }
    }

    /// A file whose sync makes committed ingest batches durable, when commits do not sync.
    pub fn wal(&self) -> Option<Arc<WalFile>> {
        match self {
            Self::Sqlite(store) => store.wal(),
            Self::Postgres(_) => None,
        }
    }
}

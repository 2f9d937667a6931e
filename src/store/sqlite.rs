//! SQLite: the embedded default. WAL so readers never wait for the writer; one dedicated
//! writer connection for ingest batches, whose transactions take the write lock up front
//! (`BEGIN IMMEDIATE`); a small pool for reads and single-statement writes.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

use super::ingest::{self, BatchOps, EventRow, IngestJob, IngestReply, KeyRow, UpsertRow, Upserted};
use super::{Result, StoreError, StoreOptions};
use crate::config::Synchronous;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// Readers plus the occasional small write (read marks, users, keys).
const POOL_SIZE: u32 = 4;

#[derive(Clone)]
pub struct SqliteStore {
    pub(super) pool: SqlitePool,
    writer: SqlitePool,
}

impl SqliteStore {
    pub async fn open(path: &Path, options: StoreOptions) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Other(format!("cannot create {}: {e}", dir.display())))?;
        }
        let synchronous = match options.synchronous {
            Synchronous::Full => SqliteSynchronous::Full,
            Synchronous::Normal => SqliteSynchronous::Normal,
        };
        let connect = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(synchronous)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .connect_with(connect.clone())
            .await?;
        MIGRATOR.run(&writer).await?;
        let pool = SqlitePoolOptions::new()
            .max_connections(POOL_SIZE)
            .connect_with(connect)
            .await?;
        Ok(Self { pool, writer })
    }

    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
    }

    pub async fn ingest_batch(&self, jobs: &[IngestJob], now: i64) -> Result<Vec<IngestReply>> {
        let mut batch = Batch(self.writer.begin_with("BEGIN IMMEDIATE").await?);
        let replies = ingest::process(&mut batch, jobs, now).await?;
        batch.0.commit().await?;
        Ok(replies)
    }
}

struct Batch<'c>(Transaction<'c, Sqlite>);

fn json<T: serde::Serialize>(rows: &T) -> Result<String> {
    serde_json::to_string(rows).map_err(|e| StoreError::Other(e.to_string()))
}

impl BatchOps for Batch<'_> {
    async fn expire(&mut self, now: i64) -> Result<()> {
        const SQL: &str = "UPDATE notifications SET state = 'expired' WHERE state = 'open' AND expires_at <= $1";
        sqlx::query(SQL).bind(now).execute(&mut *self.0).await?;
        Ok(())
    }

    async fn existing_keys(&mut self, keys: &[KeyRow<'_>]) -> Result<Vec<(String, String, String, String)>> {
        const SQL: &str = "SELECT e.user_id, e.idem_key, e.body_hash, e.response \
            FROM json_each($1) AS j \
            JOIN events AS e ON e.user_id = j.value ->> 'user' AND e.idem_key = j.value ->> 'key'";
        Ok(sqlx::query_as(SQL).bind(json(&keys)?).fetch_all(&mut *self.0).await?)
    }

    async fn ensure_users(&mut self, ids: &[&str], now: i64) -> Result<()> {
        const SQL: &str = "INSERT INTO users (id, created_at, updated_at) \
            SELECT value, $2, $2 FROM json_each($1) WHERE true \
            ON CONFLICT (id) DO NOTHING";
        sqlx::query(SQL).bind(json(&ids)?).bind(now).execute(&mut *self.0).await?;
        Ok(())
    }

    async fn resolve(&mut self, keys: &[KeyRow<'_>], now: i64) -> Result<Vec<(String, String, String)>> {
        const SQL: &str = "UPDATE notifications SET state = 'resolved', resolved_at = $2 \
            WHERE state = 'open' AND (user_id, resolve_key) IN \
                (SELECT value ->> 'user', value ->> 'key' FROM json_each($1)) \
            RETURNING id, user_id, resolve_key";
        Ok(sqlx::query_as(SQL).bind(json(&keys)?).bind(now).fetch_all(&mut *self.0).await?)
    }

    async fn upsert(&mut self, rows: &[UpsertRow<'_>], now: i64) -> Result<Vec<Upserted>> {
        // A bump makes the notification unread, unseen and unarchived again: it is news.
        const SQL: &str = "INSERT INTO notifications (id, user_id, kind, category, severity, state, \
                condition_key, resolve_key, platforms, params, language, occurrences, first_event_id, \
                last_event_id, created_at, last_seen_at, expires_at) \
            SELECT value ->> 'id', value ->> 'user', value ->> 'kind', value ->> 'category', \
                value ->> 'severity', 'open', value ->> 'key', value ->> 'resolve', \
                value ->> 'platforms', value ->> 'params', value ->> 'language', value ->> 'n', \
                value ->> 'first_event', value ->> 'last_event', $2, $2, value ->> 'expires' \
            FROM json_each($1) WHERE true \
            ON CONFLICT (user_id, condition_key) WHERE state = 'open' DO UPDATE SET \
                occurrences = notifications.occurrences + excluded.occurrences, \
                platforms = excluded.platforms, params = excluded.params, language = excluded.language, \
                last_event_id = excluded.last_event_id, last_seen_at = excluded.last_seen_at, \
                expires_at = excluded.expires_at, read_at = NULL, seen_at = NULL, archived_at = NULL \
            RETURNING id, user_id, condition_key, occurrences";
        Ok(sqlx::query_as(SQL).bind(json(&rows)?).bind(now).fetch_all(&mut *self.0).await?)
    }

    async fn insert_events(&mut self, rows: &[EventRow<'_>]) -> Result<()> {
        const SQL: &str = "INSERT INTO events (id, user_id, idem_key, body_hash, language, received_at, body, response) \
            SELECT value ->> 'id', value ->> 'user', value ->> 'key', value ->> 'hash', value ->> 'language', \
                value ->> 'received', value ->> 'body', value ->> 'response' \
            FROM json_each($1)";
        sqlx::query(SQL).bind(json(&rows)?).execute(&mut *self.0).await?;
        Ok(())
    }
}

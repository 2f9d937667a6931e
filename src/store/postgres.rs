//! PostgreSQL: several herald instances share one database. Everything that must hold across
//! instances holds in the database: idempotency keys and open conditions are unique indexes,
//! deliveries are claimed with `FOR UPDATE SKIP LOCKED` and leases, and `LISTEN/NOTIFY` wakes
//! idle workers on every instance.
//!
//! Ingest batches like SQLite (one transaction per group of results, rows as one JSON
//! parameter per statement), one statement per round trip: PostgreSQL's extended protocol takes
//! one statement at a time. Rows are upserted in key order, so two instances bumping the same
//! conditions lock them in the same order.

use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use sqlx::{PgPool, Postgres};

use super::ingest::{
    self, Applied, BatchOps, Clock, DeliveryRow, EventRow, IngestJob, KeyRow, Opened, Stored, UpsertRow,
    Upserted,
};
use super::{Result, StoreError, StoreOptions};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The channel that tells workers deliveries were queued.
pub const CHANNEL: &str = "herald_deliveries";

#[derive(Clone)]
pub struct PgStore {
    pub(super) pool: PgPool,
    options: StoreOptions,
}

impl PgStore {
    pub async fn open(url: &str, options: StoreOptions) -> Result<Self> {
        let connect = PgConnectOptions::from_str(url)?.application_name("herald");
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(connect)
            .await?;
        // sqlx takes an advisory lock while migrating: instances starting together are safe.
        MIGRATOR.run(&pool).await?;
        Ok(Self { pool, options })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub async fn ingest_batch(&self, jobs: &[IngestJob], now: i64) -> Result<Stored> {
        let clock = self.options.clock(now);
        let mut batch = Batch(self.pool.acquire().await?);
        sqlx::query("BEGIN").execute(&mut *batch.0).await?;
        let result = ingest::process(&mut batch, jobs, &clock).await;
        if result.is_err() {
            let _ = sqlx::query("ROLLBACK").execute(&mut *batch.0).await;
        }
        result
    }

    /// A listener on [`CHANNEL`]; it holds one connection of its own.
    pub async fn listener(&self) -> Result<PgListener> {
        let mut listener = PgListener::connect_with(&self.pool).await?;
        listener.listen(CHANNEL).await?;
        Ok(listener)
    }
}

struct Batch(PoolConnection<Postgres>);

fn json<T: serde::Serialize>(rows: &T) -> Result<String> {
    serde_json::to_string(rows).map_err(|e| StoreError::Other(e.to_string()))
}

impl BatchOps for Batch {
    async fn open(&mut self, now: i64, users: &[&str], keys: &[KeyRow<'_>]) -> Result<Opened> {
        const EXPIRE: &str =
            "UPDATE notifications SET state = 'expired' WHERE state = 'open' AND expires_at <= $1";
        const USERS: &str = "INSERT INTO users (id, created_at, updated_at) \
            SELECT value, $1, $1 FROM jsonb_array_elements_text($2::jsonb) ORDER BY value \
            ON CONFLICT (id) DO NOTHING";
        const KEYS: &str = "SELECT e.user_id, e.idem_key, e.body_hash, e.response \
            FROM jsonb_array_elements($1::jsonb) AS j \
            JOIN events AS e ON e.user_id = j.value ->> 'user' AND e.idem_key = j.value ->> 'key'";
        const MAIL: &str = "SELECT id FROM users \
            WHERE email IS NOT NULL AND id IN (SELECT jsonb_array_elements_text($1::jsonb))";
        let users = json(&users)?;
        let conn = &mut *self.0;
        sqlx::query(EXPIRE).bind(now).execute(&mut *conn).await?;
        sqlx::query(USERS)
            .bind(now)
            .bind(&users)
            .execute(&mut *conn)
            .await?;
        let existing = if keys.is_empty() {
            Vec::new()
        } else {
            sqlx::query_as(KEYS)
                .bind(json(&keys)?)
                .fetch_all(&mut *conn)
                .await?
        };
        let reachable: Vec<String> = sqlx::query_scalar(MAIL)
            .bind(&users)
            .fetch_all(&mut *conn)
            .await?;
        Ok(Opened {
            existing,
            reachable: reachable.into_iter().collect(),
        })
    }

    async fn apply(
        &mut self,
        resolves: &[KeyRow<'_>],
        rows: &[UpsertRow<'_>],
        clock: &Clock,
    ) -> Result<Applied> {
        const RESOLVE: &str = "UPDATE notifications SET state = 'resolved', resolved_at = $2 \
            WHERE state = 'open' AND (user_id, resolve_key) IN \
                (SELECT value ->> 'user', value ->> 'key' FROM jsonb_array_elements($1::jsonb)) \
            RETURNING id, user_id, resolve_key";
        // As on SQLite: a bump is news (unread, unseen, unarchived), and asks for an email again
        // only once the last one is older than the re-notify interval.
        const UPSERT: &str = "INSERT INTO notifications (id, user_id, kind, category, severity, state, \
                condition_key, resolve_key, platforms, params, language, occurrences, first_event_id, \
                last_event_id, emailed_event_id, emailed_at, created_at, last_seen_at, expires_at) \
            SELECT value ->> 'id', value ->> 'user', value ->> 'kind', value ->> 'category', \
                value ->> 'severity', 'open', value ->> 'key', value ->> 'resolve', \
                value ->> 'platforms', value ->> 'params', value ->> 'language', (value ->> 'n')::bigint, \
                value ->> 'first_event', value ->> 'last_event', value ->> 'email_event', \
                CASE WHEN value ->> 'email_event' IS NULL THEN NULL ELSE $2 END, $2, $2, \
                (value ->> 'expires')::bigint \
            FROM jsonb_array_elements($1::jsonb) ORDER BY value ->> 'user', value ->> 'key' \
            ON CONFLICT (user_id, condition_key) WHERE state = 'open' DO UPDATE SET \
                occurrences = notifications.occurrences + excluded.occurrences, \
                platforms = excluded.platforms, params = excluded.params, language = excluded.language, \
                last_event_id = excluded.last_event_id, last_seen_at = excluded.last_seen_at, \
                expires_at = excluded.expires_at, read_at = NULL, seen_at = NULL, archived_at = NULL, \
                emailed_event_id = CASE WHEN excluded.emailed_event_id IS NOT NULL \
                    AND coalesce(notifications.emailed_at, $3) <= $3 \
                    THEN excluded.emailed_event_id ELSE notifications.emailed_event_id END, \
                emailed_at = CASE WHEN excluded.emailed_event_id IS NOT NULL \
                    AND coalesce(notifications.emailed_at, $3) <= $3 \
                    THEN excluded.emailed_at ELSE notifications.emailed_at END \
            RETURNING id, user_id, condition_key, occurrences, emailed_event_id";
        let conn = &mut *self.0;
        let mut applied = Applied::default();
        if !resolves.is_empty() {
            applied.resolved = sqlx::query_as(RESOLVE)
                .bind(json(&resolves)?)
                .bind(clock.now)
                .fetch_all(&mut *conn)
                .await?;
        }
        if !rows.is_empty() {
            applied.upserted = sqlx::query_as::<_, Upserted>(UPSERT)
                .bind(json(&rows)?)
                .bind(clock.now)
                .bind(clock.renotify_cutoff)
                .fetch_all(&mut *conn)
                .await?;
        }
        Ok(applied)
    }

    async fn close(&mut self, events: &[EventRow<'_>], deliveries: &[DeliveryRow<'_>]) -> Result<()> {
        const EVENTS: &str = "INSERT INTO events (id, user_id, idem_key, body_hash, language, received_at, body, response) \
            SELECT value ->> 'id', value ->> 'user', value ->> 'key', value ->> 'hash', value ->> 'language', \
                (value ->> 'received')::bigint, value ->> 'body', value ->> 'response' \
            FROM jsonb_array_elements($1::jsonb)";
        const DELIVERIES: &str = "INSERT INTO deliveries (id, user_id, notification_id, event_id, category, \
                language, status, reason, run_at, created_at, updated_at) \
            SELECT value ->> 'id', value ->> 'user', value ->> 'notification', value ->> 'event', \
                value ->> 'category', value ->> 'language', 'pending', 'waiting for the batch window', \
                (value ->> 'run_at')::bigint, (value ->> 'created')::bigint, (value ->> 'created')::bigint \
            FROM jsonb_array_elements($1::jsonb)";
        let conn = &mut *self.0;
        if !events.is_empty() {
            sqlx::query(EVENTS)
                .bind(json(&events)?)
                .execute(&mut *conn)
                .await?;
        }
        if !deliveries.is_empty() {
            sqlx::query(DELIVERIES)
                .bind(json(&deliveries)?)
                .execute(&mut *conn)
                .await?;
            // Delivered on commit: workers on every instance look at the outbox.
            sqlx::query("SELECT pg_notify($1, '')")
                .bind(CHANNEL)
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query("COMMIT").execute(&mut *conn).await?;
        Ok(())
    }
}

//! PostgreSQL: several herald instances share one database. Everything that must hold across
//! instances holds in the database: idempotency keys and open conditions are unique indexes,
//! deliveries are claimed with `FOR UPDATE SKIP LOCKED` and leases, and `LISTEN/NOTIFY` wakes
//! idle workers on every instance.
//!
//! Ingest batches like SQLite (one transaction per group of results), with the rows as one
//! JSON parameter per statement (SQLite binds them as `VALUES` lists instead). PostgreSQL's
//! extended protocol takes one statement per round trip, so the statements of a step are
//! joined into one with data-modifying CTEs: a batch costs `BEGIN`, open, apply (resolve,
//! upsert), close and `COMMIT`.
//!
//! Lookups by key are written as `LATERAL` subqueries (`LIMIT`/`OFFSET 0` keep the planner
//! from flattening them), so each key is one index probe whatever the statistics say. A fresh
//! database that grows by thousands of rows a second has statistics from when it was empty,
//! and the flat `IN`/`JOIN` forms were planned as scans of the whole table (measured: 7 to 24
//! ms per statement after ten seconds of load, ingest stuck near 3,000 results/s). Rows are upserted in key order, so two instances bumping the same
//! conditions lock them in the same order.

use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use sqlx::{PgPool, Postgres};

use super::ingest::{
    self, Applied, BatchOps, Clock, DeliveryRow, EventRow, IngestJob, KeyRow, OpenRow, Opened, Stored,
    UpsertRow, Upserted, upsert_conflict,
};
use super::{Result, StoreOptions, json};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Ingest transactions in flight at once (see [`super::Db::concurrent_batches`]). Measured on
/// the 2-core load machine: 1 gave 8,900 results/s, 2 gave 8,000 to 9,200, 4 and 8 about
/// 7,000 (more transactions in flight only split the same CPU into smaller batches). Two keep
/// one batch's fsync from stalling the next where the disk, not the CPU, is the limit.
pub const CONCURRENT_BATCHES: usize = 2;

/// The channel that tells workers deliveries were queued.
pub const CHANNEL: &str = "herald_deliveries";

/// A CTE `announced` that sends the rows of a CTE `versions (id, inbox_version)` to every
/// instance's live inbox (`live::bus`, channel `herald_inbox`; delivered on commit) as
/// `user version` lines, 50 per notification: user ids have at most 128 bytes, so a payload
/// stays under NOTIFY's 8,000. The statement must read `announced` for it to run.
macro_rules! announce_versions {
    () => {
        "announced AS (SELECT pg_notify('herald_inbox', string_agg(line, E'\\n')) \
         FROM (SELECT id || ' ' || inbox_version AS line, (row_number() OVER ()) / 50 AS chunk \
               FROM versions) AS lines GROUP BY chunk)"
    };
}
pub(crate) use announce_versions;

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
            // A ping before every checkout is a round trip per query; a broken connection
            // shows up as the error of the query that uses it instead (ingest then retries
            // the batch job by job, the worker after the lease).
            .test_before_acquire(false)
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

    /// A listener on `channel` ([`CHANNEL`], `live::bus::CHANNEL`); it holds one connection
    /// of its own.
    pub async fn listener(&self, channel: &str) -> Result<PgListener> {
        let mut listener = PgListener::connect_with(&self.pool).await?;
        listener.listen(channel).await?;
        Ok(listener)
    }
}

struct Batch(PoolConnection<Postgres>);

impl BatchOps for Batch {
    /// One statement: expiry (of the batch's users' rows) and user creation run as
    /// data-modifying CTEs; the earlier events with these keys and the users with an address
    /// come back as one list (an address row has no key). The users are an array (`ARRAY`, an
    /// init plan) rather than a join, so expiry stays a range of the small `notifications_expiry`
    /// index whatever the statistics say.
    async fn open(&mut self, now: i64, users: &[&str], keys: &[KeyRow<'_>]) -> Result<Opened> {
        const OPEN: &str = "WITH expired AS ( \
                UPDATE notifications SET state = 'expired' \
                WHERE state = 'open' AND expires_at <= $1 \
                    AND user_id = ANY (ARRAY(SELECT jsonb_array_elements_text($2::jsonb)))), \
            added AS ( \
                INSERT INTO users (id, created_at, updated_at) \
                SELECT value, $1, $1 FROM jsonb_array_elements_text($2::jsonb) ORDER BY value \
                ON CONFLICT (id) DO NOTHING) \
            SELECT e.user_id, e.idem_key, e.body_hash, e.response \
            FROM jsonb_array_elements($3::jsonb) AS j CROSS JOIN LATERAL ( \
                SELECT user_id, idem_key, body_hash, response FROM events \
                WHERE user_id = j.value ->> 'user' AND idem_key = j.value ->> 'key' LIMIT 1) AS e \
            UNION ALL \
            SELECT u.id, NULL, NULL, NULL \
            FROM jsonb_array_elements_text($2::jsonb) AS j CROSS JOIN LATERAL ( \
                SELECT id FROM users WHERE id = j.value AND email IS NOT NULL LIMIT 1) AS u";
        let rows: Vec<OpenRow> = sqlx::query_as(OPEN)
            .bind(now)
            .bind(json(&users)?)
            .bind(json(&keys)?)
            .fetch_all(&mut *self.0)
            .await?;
        Ok(Opened::from_rows(rows))
    }

    async fn apply(
        &mut self,
        resolves: &[KeyRow<'_>],
        rows: &[UpsertRow<'_>],
        clock: &Clock,
    ) -> Result<Applied> {
        const RESOLVE: &str = "UPDATE notifications AS n SET state = 'resolved', resolved_at = $2 \
            FROM (SELECT DISTINCT o.id FROM jsonb_array_elements($1::jsonb) AS j CROSS JOIN LATERAL ( \
                    SELECT id FROM notifications WHERE state = 'open' \
                        AND user_id = j.value ->> 'user' AND resolve_key = j.value ->> 'key' \
                    OFFSET 0) AS o) AS r \
            WHERE n.id = r.id AND n.state = 'open' \
            RETURNING n.id, n.user_id, n.resolve_key";
        const UPSERT: &str = concat!(
            "INSERT INTO notifications (id, user_id, kind, category, severity, state, \
                condition_key, resolve_key, platforms, params, language, occurrences, first_event_id, \
                last_event_id, emailed_event_id, emailed_at, created_at, last_seen_at, expires_at) \
            SELECT value ->> 'id', value ->> 'user', value ->> 'kind', value ->> 'category', \
                value ->> 'severity', 'open', value ->> 'key', value ->> 'resolve', \
                value ->> 'platforms', value ->> 'params', value ->> 'language', (value ->> 'n')::bigint, \
                value ->> 'first_event', value ->> 'last_event', value ->> 'email_event', \
                CASE WHEN value ->> 'email_event' IS NULL THEN NULL ELSE $2 END, $2, $2, \
                (value ->> 'expires')::bigint \
            FROM jsonb_array_elements($1::jsonb) ORDER BY value ->> 'user', value ->> 'key'",
            upsert_conflict!("$3"),
            "RETURNING id, user_id, condition_key, occurrences, emailed_event_id"
        );
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

    /// One statement stores the events and the deliveries, notifies the workers when there
    /// are deliveries, reads the users' inbox versions and announces them to every instance
    /// (both notifications are delivered on commit: one per batch); then the commit.
    /// (`notified` and `announced` are joined so that they run: a CTE nothing reads is skipped.)
    async fn close(
        &mut self,
        events: &[EventRow<'_>],
        deliveries: &[DeliveryRow<'_>],
        users: &[&str],
    ) -> Result<Vec<(String, i64)>> {
        const CLOSE: &str = concat!(
            "WITH stored AS ( \
                INSERT INTO events (id, user_id, idem_key, body_hash, language, received_at, body, response) \
                SELECT value ->> 'id', value ->> 'user', value ->> 'key', value ->> 'hash', \
                    value ->> 'language', (value ->> 'received')::bigint, value ->> 'body', value ->> 'response' \
                FROM jsonb_array_elements($1::jsonb)), \
            queued AS ( \
                INSERT INTO deliveries (id, user_id, notification_id, event_id, category, \
                    language, status, reason, run_at, created_at, updated_at) \
                SELECT value ->> 'id', value ->> 'user', value ->> 'notification', value ->> 'event', \
                    value ->> 'category', value ->> 'language', 'pending', value ->> 'reason', \
                    (value ->> 'run_at')::bigint, (value ->> 'created')::bigint, (value ->> 'created')::bigint \
                FROM jsonb_array_elements($2::jsonb) \
                RETURNING 1), \
            notified AS (SELECT pg_notify($3, '') WHERE EXISTS (SELECT FROM queued)), \
            versions AS (SELECT id, inbox_version FROM users \
                WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($4::jsonb)))), ",
            announce_versions!(),
            " SELECT id, inbox_version FROM versions, (SELECT count(*) FROM notified) AS n, \
                (SELECT count(*) FROM announced) AS a"
        );
        let conn = &mut *self.0;
        let mut versions = Vec::new();
        if !events.is_empty() || !deliveries.is_empty() {
            versions = sqlx::query_as(CLOSE)
                .bind(json(&events)?)
                .bind(json(&deliveries)?)
                .bind(CHANNEL)
                .bind(json(users)?)
                .fetch_all(&mut *conn)
                .await?;
        }
        sqlx::query("COMMIT").execute(&mut *conn).await?;
        Ok(versions)
    }
}

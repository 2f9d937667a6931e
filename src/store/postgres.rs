//! PostgreSQL: several herald instances share one database. Everything that must hold across
//! instances holds in the database: idempotency keys and open conditions are unique indexes,
//! deliveries are claimed with `FOR UPDATE SKIP LOCKED` and leases, and `LISTEN/NOTIFY` wakes
//! idle workers on every instance.
//!
//! Ingest batches like SQLite (one transaction per group of results), with each column of the
//! rows bound as one array and read back by `unnest` (SQLite binds them as `VALUES` lists
//! instead). Arrays travel in the binary protocol: no text is escaped into JSON and parsed
//! again, not even the raw bodies. PostgreSQL's
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

/// One column of `rows`, to bind as an array (read back by `unnest`).
fn column<'r, R, T>(rows: &'r [R], value: impl Fn(&'r R) -> T) -> Vec<T> {
    rows.iter().map(value).collect()
}

impl BatchOps for Batch {
    /// One statement: expiry (of the batch's users' rows) and user creation run as
    /// data-modifying CTEs; the earlier events with these keys and the users with an address
    /// come back as one list (an address row has no key). The users are an init plan
    /// (`ARRAY(SELECT …)`) rather than the array itself, so expiry stays a range of the small
    /// `notifications_expiry` index whatever the statistics say.
    async fn open(&mut self, now: i64, users: &[&str], keys: &[KeyRow<'_>]) -> Result<Opened> {
        const OPEN: &str = "WITH expired AS ( \
                UPDATE notifications SET state = 'expired' \
                WHERE state = 'open' AND expires_at <= $1 \
                    AND user_id = ANY (ARRAY(SELECT unnest($2::text[])))), \
            added AS ( \
                INSERT INTO users (id, created_at, updated_at) \
                SELECT id, $1, $1 FROM unnest($2::text[]) AS u (id) ORDER BY id \
                ON CONFLICT (id) DO NOTHING) \
            SELECT e.user_id, e.idem_key, e.body_hash, e.response \
            FROM unnest($3::text[], $4::text[]) AS j (user_id, key) CROSS JOIN LATERAL ( \
                SELECT user_id, idem_key, body_hash, response FROM events \
                WHERE user_id = j.user_id AND idem_key = j.key LIMIT 1) AS e \
            UNION ALL \
            SELECT u.id, NULL, NULL, NULL \
            FROM unnest($2::text[]) AS j (id) CROSS JOIN LATERAL ( \
                SELECT id FROM users WHERE id = j.id AND email IS NOT NULL LIMIT 1) AS u";
        let rows: Vec<OpenRow> = sqlx::query_as(OPEN)
            .bind(now)
            .bind(users)
            .bind(column(keys, |k| k.user))
            .bind(column(keys, |k| k.key))
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
        const RESOLVE: &str = "UPDATE notifications AS n SET state = 'resolved', resolved_at = $1 \
            FROM (SELECT DISTINCT o.id FROM unnest($2::text[], $3::text[]) AS j (user_id, key) \
                CROSS JOIN LATERAL ( \
                    SELECT id FROM notifications WHERE state = 'open' \
                        AND user_id = j.user_id AND resolve_key = j.key \
                    OFFSET 0) AS o) AS r \
            WHERE n.id = r.id AND n.state = 'open' \
            RETURNING n.id, n.user_id, n.resolve_key";
        const UPSERT: &str = concat!(
            "INSERT INTO notifications (id, user_id, kind, category, severity, state, \
                condition_key, resolve_key, platforms, params, language, occurrences, first_event_id, \
                last_event_id, emailed_event_id, emailed_at, created_at, last_seen_at, expires_at) \
            SELECT id, user_id, kind, category, severity, 'open', key, resolve, platforms, params, \
                language, n, first_event, last_event, email_event, \
                CASE WHEN email_event IS NULL THEN NULL ELSE $1 END, $1, $1, expires \
            FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], \
                $9::text[], $10::text[], $11::text[], $12::text[], $13::bigint[], $14::text[], \
                $15::text[], $16::text[], $17::bigint[]) \
                AS r (id, user_id, kind, category, severity, key, resolve, platforms, params, \
                    language, n, first_event, last_event, email_event, expires) \
            ORDER BY user_id, key",
            upsert_conflict!("$2"),
            "RETURNING id, user_id, condition_key, occurrences, emailed_event_id"
        );
        let conn = &mut *self.0;
        let mut applied = Applied::default();
        if !resolves.is_empty() {
            applied.resolved = sqlx::query_as(RESOLVE)
                .bind(clock.now)
                .bind(column(resolves, |k| k.user))
                .bind(column(resolves, |k| k.key))
                .fetch_all(&mut *conn)
                .await?;
        }
        if !rows.is_empty() {
            applied.upserted = sqlx::query_as::<_, Upserted>(UPSERT)
                .bind(clock.now)
                .bind(clock.renotify_cutoff)
                .bind(column(rows, |r| r.id.as_str()))
                .bind(column(rows, |r| r.user))
                .bind(column(rows, |r| r.kind))
                .bind(column(rows, |r| r.category.as_str()))
                .bind(column(rows, |r| r.severity.as_str()))
                .bind(column(rows, |r| r.key.as_str()))
                .bind(column(rows, |r| r.resolve))
                .bind(column(rows, |r| r.platforms.as_str()))
                .bind(column(rows, |r| r.params.as_str()))
                .bind(column(rows, |r| r.language))
                .bind(column(rows, |r| r.n))
                .bind(column(rows, |r| r.first_event))
                .bind(column(rows, |r| r.last_event))
                .bind(column(rows, |r| r.email_event))
                .bind(column(rows, |r| r.expires))
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
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], \
                    $6::bigint[], $7::text[], $8::text[])), \
            queued AS ( \
                INSERT INTO deliveries (id, user_id, notification_id, event_id, category, \
                    language, status, reason, run_at, created_at, updated_at) \
                SELECT id, user_id, notification, event, category, language, 'pending', reason, \
                    run_at, created, created \
                FROM unnest($9::text[], $10::text[], $11::text[], $12::text[], $13::text[], \
                    $14::text[], $15::text[], $16::bigint[], $17::bigint[]) \
                    AS d (id, user_id, notification, event, category, language, reason, run_at, created) \
                RETURNING 1), \
            notified AS (SELECT pg_notify($18, '') WHERE EXISTS (SELECT FROM queued)), \
            versions AS (SELECT id, inbox_version FROM users \
                WHERE id = ANY (ARRAY(SELECT unnest($19::text[])))), ",
            announce_versions!(),
            " SELECT id, inbox_version FROM versions, (SELECT count(*) FROM notified) AS n, \
                (SELECT count(*) FROM announced) AS a"
        );
        let conn = &mut *self.0;
        let mut versions = Vec::new();
        if !events.is_empty() || !deliveries.is_empty() {
            let responses = events
                .iter()
                .map(|e| json(e.response))
                .collect::<Result<Vec<String>>>()?;
            versions = sqlx::query_as(CLOSE)
                .bind(column(events, |e| e.id))
                .bind(column(events, |e| e.user))
                .bind(column(events, |e| e.key))
                .bind(column(events, |e| e.hash))
                .bind(column(events, |e| e.language))
                .bind(column(events, |e| e.received))
                .bind(column(events, |e| e.body))
                .bind(responses)
                .bind(column(deliveries, |d| d.id.as_str()))
                .bind(column(deliveries, |d| d.user))
                .bind(column(deliveries, |d| d.notification.as_str()))
                .bind(column(deliveries, |d| d.event))
                .bind(column(deliveries, |d| d.category.as_str()))
                .bind(column(deliveries, |d| d.language))
                .bind(column(deliveries, |d| d.reason))
                .bind(column(deliveries, |d| d.run_at))
                .bind(column(deliveries, |d| d.created))
                .bind(CHANNEL)
                .bind(users)
                .fetch_all(&mut *conn)
                .await?;
        }
        sqlx::query("COMMIT").execute(&mut *conn).await?;
        Ok(versions)
    }
}

//! The email outbox, preferences and suppressed addresses.
//!
//! A worker claims all pending deliveries of the users whose earliest one is due (that is the
//! batch window: what arrived meanwhile joins the digest), holds them with a lease while it
//! sends outside any transaction, then records every outcome in one statement. A lease that
//! runs out (the worker died) makes the deliveries claimable again.

use serde::Serialize;

use super::{Db, ReadParams, Result, UserRow, dialect, json, json_rows, on_pool, read_params};
use crate::domain::catalog::Severity;
use crate::domain::state::{DeliveryStatus, NotificationState, effective_state};
use crate::domain::user_id::UserId;

/// A delivery a worker holds.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: String,
    pub user_id: String,
    pub notification_id: String,
    pub category: String,
    pub language: Option<String>,
    pub attempts: i64,
    pub created_at: i64,
    /// When it was first claimed: `email.give_up_after` counts from here.
    pub first_tried_at: i64,
}

/// What became of a claimed delivery.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    pub status: DeliveryStatus,
    pub reason: String,
    /// When to try again (`pending` only).
    pub run_at: Option<i64>,
    pub error: Option<String>,
    pub recipient: Option<String>,
    pub email_id: Option<String>,
    pub sent_at: Option<i64>,
}

/// A notification as an email shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EmailNotification {
    pub id: String,
    pub kind: String,
    pub severity: Severity,
    /// As stored; decisions go by [`Self::effective_state`].
    pub state: NotificationState,
    pub platforms: String,
    pub params: String,
    pub language: Option<String>,
    pub occurrences: i64,
    pub last_seen_at: i64,
    pub expires_at: Option<i64>,
    /// Seen in the inbox since its last occurrence: the bell opened, the item read or
    /// archived (a new occurrence makes it unseen again).
    pub seen: bool,
}

impl EmailNotification {
    pub fn effective_state(&self, now: i64) -> NotificationState {
        effective_state(self.state, self.expires_at, now)
    }

    /// The parameters to render; unreadable ones are logged and flagged.
    pub fn read_params(&self) -> ReadParams {
        read_params(&self.id, &self.params)
    }
}

/// What the worker needs to know about the users it claimed deliveries for.
#[derive(Debug, Default)]
pub struct Recipients {
    pub users: Vec<UserRow>,
    /// `(user, category)` whose email is turned off.
    pub muted: Vec<(String, String)>,
    /// `(user, address, reason)` that bounced for good.
    pub suppressed: Vec<(String, String, String)>,
    /// `(user, emails sent in the last hour, the oldest of them)`.
    pub recent: Vec<(String, i64, i64)>,
}

/// A delivery as `GET /v1/deliveries` shows it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize, utoipa::ToSchema)]
pub struct DeliveryRecord {
    pub id: String,
    pub user_id: String,
    pub notification_id: String,
    pub kind: String,
    pub category: String,
    pub status: DeliveryStatus,
    pub reason: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub recipient: Option<String>,
    pub email_id: Option<String>,
    #[serde(skip)]
    pub run_at: i64,
    #[serde(skip)]
    pub created_at: i64,
    #[serde(skip)]
    pub sent_at: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct DeliveryFilter {
    pub status: Option<DeliveryStatus>,
    pub user: Option<String>,
    /// Only deliveries older than this id (the page cursor).
    pub before: Option<String>,
    pub limit: u32,
}

/// One opt-out switch.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, utoipa::ToSchema)]
pub struct Preference {
    pub category: String,
    pub channel: String,
    pub enabled: bool,
}

impl Db {
    /// Leases the deliveries of up to `users` users who have one due (or one whose lease ran
    /// out), earliest first: each such user's due deliveries, and the pending ones due within
    /// `ahead` (the batch window), so that they go out as one digest. A leased delivery's
    /// `run_at` is its lease's end, so one range over the `deliveries_due` index finds both.
    ///
    /// The candidates are the first rows of that index, never the whole backlog. On
    /// PostgreSQL each user is taken with a transaction-level advisory lock first, so workers
    /// on several instances never claim the same user's deliveries, and a worker skips the
    /// users another one holds instead of waiting for them (the lock's first key, `hera` in
    /// ASCII, keeps it apart from other advisory locks on the database, sqlx's own). SQLite,
    /// which herald does not `ANALYZE`, is told the indexes (`INDEXED BY`): left to itself it
    /// walked every pending delivery through `deliveries_status` on each claim.
    pub async fn claim_deliveries(
        &self,
        now: i64,
        lease_until: i64,
        worker: &str,
        users: u32,
        ahead: i64,
    ) -> Result<Vec<Claimed>> {
        const SQLITE: &str = "UPDATE deliveries INDEXED BY deliveries_user SET status = 'sending', \
                run_at = $2, lease_until = $2, leased_by = $3, attempts = attempts + 1, updated_at = $1, \
                first_tried_at = coalesce(first_tried_at, $1) \
            WHERE user_id IN (SELECT DISTINCT user_id FROM (SELECT user_id FROM deliveries \
                  INDEXED BY deliveries_due WHERE status IN ('pending', 'sending') AND run_at <= $1 \
                  ORDER BY run_at LIMIT $4 * 8) LIMIT $4) \
              AND status IN ('pending', 'sending') AND ((status = 'pending' AND run_at <= $1 + $5) OR (status = 'sending' AND run_at <= $1)) \
            RETURNING id, user_id, notification_id, category, language, attempts, created_at, first_tried_at";
        const POSTGRES: &str = "WITH candidates AS ( \
                SELECT user_id, run_at FROM deliveries \
                WHERE status IN ('pending', 'sending') AND run_at <= $1 \
                ORDER BY run_at LIMIT $4 * 8), \
            due AS ( \
                SELECT user_id FROM (SELECT DISTINCT user_id FROM candidates) AS distinct_users \
                WHERE pg_try_advisory_xact_lock(1751478881, hashtext(user_id)) LIMIT $4), \
            picked AS ( \
                SELECT id FROM deliveries \
                WHERE user_id IN (SELECT user_id FROM due) \
                  AND ((status = 'pending' AND run_at <= $1 + $5) OR (status = 'sending' AND run_at <= $1)) \
                FOR UPDATE SKIP LOCKED) \
            UPDATE deliveries AS d SET status = 'sending', run_at = $2, lease_until = $2, leased_by = $3, \
                attempts = d.attempts + 1, updated_at = $1, first_tried_at = coalesce(d.first_tried_at, $1) \
            FROM picked WHERE d.id = picked.id \
            RETURNING d.id, d.user_id, d.notification_id, d.category, d.language, d.attempts, d.created_at, \
                d.first_tried_at";
        let sql = dialect!(self, sqlite: SQLITE, postgres: POSTGRES);
        Ok(on_pool!(self, |pool| sqlx::query_as(sql)
            .bind(now)
            .bind(lease_until)
            .bind(worker)
            .bind(i64::from(users))
            .bind(ahead)
            .fetch_all(pool)
            .await)?)
    }

    /// When the next delivery becomes due (or a lease runs out), if any is waiting: the first
    /// entry of `deliveries_due` (SQLite, left to itself, counted through every pending one).
    pub async fn next_delivery_due(&self) -> Result<Option<i64>> {
        const SQL: &str = "SELECT MIN(run_at) FROM deliveries WHERE status IN ('pending', 'sending')";
        let sql = dialect!(self,
            sqlite: "SELECT MIN(run_at) FROM deliveries INDEXED BY deliveries_due \
                WHERE status IN ('pending', 'sending')",
            postgres: SQL);
        Ok(on_pool!(self, |pool| sqlx::query_scalar(sql)
            .fetch_one(pool)
            .await)?)
    }

    pub async fn email_notifications(&self, ids: &[&str]) -> Result<Vec<EmailNotification>> {
        let sql = json_rows!(
            self,
            "SELECT id, kind, severity, state, platforms, params, language, occurrences, \
                last_seen_at, expires_at, \
                (seen_at IS NOT NULL OR read_at IS NOT NULL OR archived_at IS NOT NULL) AS seen \
                FROM notifications WHERE id IN (SELECT value FROM ",
            texts(1),
            ")"
        );
        Ok(on_pool!(self, |pool| sqlx::query_as(sql)
            .bind(json(ids)?)
            .fetch_all(pool)
            .await)?)
    }

    /// Profiles, email opt-outs, suppressed addresses and recent sends of these users.
    pub async fn recipients(&self, users: &[&str], hour_ago: i64) -> Result<Recipients> {
        let users_sql = json_rows!(
            self,
            "SELECT id, email, name, locale, timezone, quiet_hours, inbox_version, inbox_floor, \
            COALESCE(g.generation, 0) AS token_generation, created_at, updated_at \
            FROM users LEFT JOIN token_generations AS g ON g.user_id = users.id \
            WHERE id IN (SELECT value FROM ",
            texts(1),
            ")"
        );
        let muted_sql = json_rows!(
            self,
            "SELECT user_id, category FROM preferences WHERE channel = 'email' AND enabled = 0 \
            AND user_id IN (SELECT value FROM ",
            texts(1),
            ")"
        );
        let suppressed_sql = json_rows!(
            self,
            "SELECT user_id, address, reason FROM suppressions \
            WHERE user_id IN (SELECT value FROM ",
            texts(1),
            ")"
        );
        let recent_sql = json_rows!(
            self,
            "SELECT user_id, COUNT(DISTINCT email_id), MIN(sent_at) FROM deliveries \
            WHERE status = 'sent' AND sent_at > $2 AND user_id IN (SELECT value FROM ",
            texts(1),
            ") GROUP BY user_id"
        );
        let ids = json(users)?;
        // Four independent reads, each on its own pooled connection at once.
        on_pool!(self, |pool| {
            let (users, muted, suppressed, recent) = tokio::try_join!(
                sqlx::query_as(users_sql).bind(&ids).fetch_all(pool),
                sqlx::query_as(muted_sql).bind(&ids).fetch_all(pool),
                sqlx::query_as(suppressed_sql).bind(&ids).fetch_all(pool),
                sqlx::query_as(recent_sql)
                    .bind(&ids)
                    .bind(hour_ago)
                    .fetch_all(pool),
            )?;
            Ok(Recipients {
                users,
                muted,
                suppressed,
                recent,
            })
        })
    }

    /// Records outcomes of deliveries this worker still holds, and suppresses addresses that
    /// bounced for good, in one transaction. The lease ends; `leased_by` stays, naming the
    /// worker that handled the delivery last.
    pub async fn record_outcomes(
        &self,
        worker: &str,
        outcomes: &[Outcome],
        suppress: &[(String, String, String)],
        now: i64,
    ) -> Result<()> {
        macro_rules! outcomes {
            ($rows:literal, $fence:literal) => {
                concat!(
                    "UPDATE deliveries SET status = o.status, reason = o.reason, \
                        run_at = coalesce(o.run_at, deliveries.run_at), lease_until = NULL, \
                        last_error = coalesce(o.error, deliveries.last_error), \
                        recipient = coalesce(o.recipient, deliveries.recipient), \
                        email_id = coalesce(o.email_id, deliveries.email_id), sent_at = o.sent_at, \
                        updated_at = $3 \
                    FROM (SELECT value ->> 'id' AS id, value ->> 'status' AS status, \
                            value ->> 'reason' AS reason, CAST(value ->> 'run_at' AS BIGINT) AS run_at, \
                            value ->> 'error' AS error, value ->> 'recipient' AS recipient, \
                            value ->> 'email_id' AS email_id, CAST(value ->> 'sent_at' AS BIGINT) AS sent_at \
                        FROM ",
                    $rows,
                    ") AS o WHERE deliveries.id = o.id AND ",
                    $fence,
                    " = 'sending' AND deliveries.leased_by = $2"
                )
            };
        }
        // SQLite finds each outcome's delivery by its id only if the fence's `status` cannot
        // serve as an index (`+`): otherwise it walked every delivery being sent, for each outcome.
        let outcomes_sql = dialect!(self,
            sqlite: outcomes!("json_each($1)", "+deliveries.status"),
            postgres: outcomes!("jsonb_array_elements($1::jsonb)", "deliveries.status"));
        let suppress_sql = json_rows!(
            self,
            "INSERT INTO suppressions (user_id, address, reason, created_at) \
            SELECT value ->> 0, value ->> 1, value ->> 2, $2 FROM ",
            elements(1),
            " WHERE true ON CONFLICT (user_id, address) DO UPDATE SET reason = excluded.reason"
        );
        on_pool!(self, |pool| {
            let mut tx = pool.begin_with(self.begin_write()).await?;
            sqlx::query(outcomes_sql)
                .bind(json(outcomes)?)
                .bind(worker)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            if !suppress.is_empty() {
                sqlx::query(suppress_sql)
                    .bind(json(suppress)?)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            for outcome in outcomes {
                crate::metrics::delivery(outcome.status.as_str());
            }
            Ok(())
        })
    }

    /// How many deliveries are due now (pending, their time come): the email backlog.
    pub async fn outbox_due(&self, now: i64) -> Result<i64> {
        const SQL: &str = "SELECT count(*) FROM deliveries WHERE status = 'pending' AND run_at <= $1";
        // The `IN` is the partial index's own condition: without it SQLite cannot use it.
        let sql = dialect!(self,
            sqlite: "SELECT count(*) FROM deliveries INDEXED BY deliveries_due \
                WHERE status IN ('pending', 'sending') AND status = 'pending' AND run_at <= $1",
            postgres: SQL);
        Ok(on_pool!(self, |pool| sqlx::query_scalar(sql)
            .bind(now)
            .fetch_one(pool)
            .await)?)
    }

    pub async fn deliveries(&self, filter: &DeliveryFilter) -> Result<Vec<DeliveryRecord>> {
        const SQL: &str = "SELECT d.id, d.user_id, d.notification_id, n.kind, d.category, d.status, d.reason, \
                d.attempts, d.last_error, d.recipient, d.email_id, d.run_at, d.created_at, d.sent_at \
            FROM deliveries AS d JOIN notifications AS n ON n.id = d.notification_id \
            WHERE ($1::text IS NULL OR d.status = $1) AND ($2::text IS NULL OR d.user_id = $2) \
              AND ($3::text IS NULL OR d.id < $3) \
            ORDER BY d.id DESC LIMIT $4";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(filter.status)
            .bind(filter.user.as_deref())
            .bind(filter.before.as_deref())
            .bind(i64::from(filter.limit))
            .fetch_all(pool)
            .await)?)
    }

    pub async fn delivery(&self, id: &str) -> Result<Option<DeliveryRecord>> {
        const SQL: &str = "SELECT d.id, d.user_id, d.notification_id, n.kind, d.category, d.status, d.reason, \
                d.attempts, d.last_error, d.recipient, d.email_id, d.run_at, d.created_at, d.sent_at \
            FROM deliveries AS d JOIN notifications AS n ON n.id = d.notification_id WHERE d.id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }

    /// Queues a dead or suppressed delivery again, now, and lifts the suppression of the
    /// address it bounced on. `false`: no such delivery in a retryable state.
    pub async fn retry_delivery(&self, id: &str, now: i64) -> Result<bool> {
        const RETRY: &str = "UPDATE deliveries SET status = 'pending', reason = 'retry requested by an operator', \
                run_at = $2, attempts = 0, created_at = $2, updated_at = $2 \
            WHERE id = $1 AND status IN ('dead', 'suppressed') RETURNING user_id, recipient";
        const UNSUPPRESS: &str = "DELETE FROM suppressions WHERE user_id = $1 AND address = $2";
        on_pool!(self, |pool| {
            let mut tx = pool.begin_with(self.begin_write()).await?;
            let row: Option<(String, Option<String>)> = sqlx::query_as(RETRY)
                .bind(id)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
            let Some((user, recipient)) = row else {
                return Ok(false);
            };
            if let Some(address) = recipient {
                sqlx::query(UNSUPPRESS)
                    .bind(user)
                    .bind(address)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    pub async fn preferences(&self, user: &UserId) -> Result<Vec<Preference>> {
        const SQL: &str = "SELECT category, channel, enabled <> 0 AS enabled FROM preferences \
            WHERE user_id = $1 ORDER BY channel, category";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(user.as_str())
            .fetch_all(pool)
            .await)?)
    }

    /// Replaces the user's switches; only those turned off need to be stored. An unknown user
    /// is created bare.
    pub async fn replace_preferences(&self, user: &UserId, off: &[(String, String)], now: i64) -> Result<()> {
        self.switch_off(user, off, now, Switch::Replace).await
    }

    /// Turns email off for these categories (unsubscribe); idempotent. A user who is not
    /// there (deleted since the email) is not created again: nothing is emailed to them.
    pub async fn unsubscribe(&self, user: &UserId, categories: &[String], now: i64) -> Result<()> {
        let off: Vec<(String, String)> = categories
            .iter()
            .map(|c| (c.clone(), "email".to_owned()))
            .collect();
        self.switch_off(user, &off, now, Switch::ExistingUserOnly).await
    }

    /// Stores `(category, channel)` switches as off (after clearing the others, for a
    /// replacement).
    async fn switch_off(
        &self,
        user: &UserId,
        off: &[(String, String)],
        now: i64,
        switch: Switch,
    ) -> Result<()> {
        const USER: &str = "INSERT INTO users (id, created_at, updated_at) VALUES ($1, $2, $2) \
            ON CONFLICT (id) DO NOTHING";
        const CLEAR: &str = "DELETE FROM preferences WHERE user_id = $1";
        const EXISTS: &str = "SELECT 1 FROM users WHERE id = $1";
        let off_sql = json_rows!(
            self,
            "INSERT INTO preferences (user_id, category, channel, enabled, updated_at) \
            SELECT $1, value ->> 0, value ->> 1, 0, $2 FROM ",
            elements(3),
            " WHERE true ON CONFLICT (user_id, category, channel) \
            DO UPDATE SET enabled = 0, updated_at = excluded.updated_at WHERE preferences.enabled <> 0"
        );
        let off = json(off)?;
        on_pool!(self, |pool| {
            let mut tx = pool.begin_with(self.begin_write()).await?;
            if switch == Switch::ExistingUserOnly {
                let exists = sqlx::query(EXISTS)
                    .bind(user.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                if exists.is_none() {
                    return Ok(());
                }
            } else {
                sqlx::query(USER)
                    .bind(user.as_str())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(CLEAR).bind(user.as_str()).execute(&mut *tx).await?;
            }
            sqlx::query(off_sql)
                .bind(user.as_str())
                .bind(now)
                .bind(&off)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(())
        })
    }
}

/// How `switch_off` treats what is there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Switch {
    /// The switches become exactly these; an unknown user is created bare.
    Replace,
    /// These are added to the existing user's; for no user, nothing happens.
    ExistingUserOnly,
}

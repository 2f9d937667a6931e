//! Retention: the oldest rows of each kind of data, deleted a batch at a time
//! (`crate::retention` decides when). Every statement is one indexed range (migration 0005)
//! and a bounded delete, so a batch holds the write lock for a moment only.

use super::{Db, Result, on_pool};

/// Rows older than these instants (milliseconds) may go; `None` keeps that kind forever.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cutoffs {
    /// Events (raw bodies, and with them their idempotency keys).
    pub events: Option<i64>,
    /// Resolved and expired notifications, by when they closed (their deliveries go with them).
    pub closed_notifications: Option<i64>,
    /// Sent, suppressed and dead deliveries, by their last change.
    pub finished_deliveries: Option<i64>,
    /// Webhooks no user claimed, by arrival.
    pub unrouted_webhooks: Option<i64>,
}

/// How many rows one batch deleted, per kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    pub events: u64,
    pub notifications: u64,
    pub deliveries: u64,
    pub webhooks: u64,
}

impl Pruned {
    pub fn counts(&self) -> [u64; 4] {
        [self.events, self.notifications, self.deliveries, self.webhooks]
    }

    pub fn total(&self) -> u64 {
        self.counts().iter().sum()
    }
}

impl std::ops::AddAssign for Pruned {
    fn add_assign(&mut self, other: Self) {
        self.events += other.events;
        self.notifications += other.notifications;
        self.deliveries += other.deliveries;
        self.webhooks += other.webhooks;
    }
}

impl Db {
    /// Deletes at most `limit` rows of each kind past its cutoff, oldest first; returns how
    /// many, and the users whose inbox lost notifications.
    pub async fn prune_batch(&self, cutoffs: &Cutoffs, limit: u32) -> Result<(Pruned, Vec<String>)> {
        // The conditions are repeated outside the subquery: on PostgreSQL a row may change
        // between the two (a dead delivery retried by hand) and must then stay.
        const EVENTS: &str = "DELETE FROM events WHERE id IN \
            (SELECT id FROM events WHERE received_at < $1 ORDER BY received_at LIMIT $2)";
        const NOTIFICATIONS: &str = "DELETE FROM notifications WHERE id IN \
            (SELECT id FROM notifications WHERE state <> 'open' \
             AND coalesce(resolved_at, expires_at, last_seen_at) < $1 \
             ORDER BY coalesce(resolved_at, expires_at, last_seen_at) LIMIT $2) \
            AND state <> 'open' RETURNING user_id";
        const DELIVERIES: &str = "DELETE FROM deliveries WHERE id IN \
            (SELECT id FROM deliveries WHERE status IN ('sent', 'suppressed', 'dead') \
             AND updated_at < $1 ORDER BY updated_at LIMIT $2) \
            AND status IN ('sent', 'suppressed', 'dead') AND updated_at < $1";
        // A kept webhook whose refId was claimed waits for delivery, however old.
        const WEBHOOKS: &str = "DELETE FROM unrouted_webhooks WHERE seq IN \
            (SELECT seq FROM unrouted_webhooks AS w WHERE received_at < $1 \
             AND NOT EXISTS (SELECT 1 FROM ayrshare_profiles AS p WHERE p.ref_id = w.ref_id) \
             ORDER BY received_at LIMIT $2)";
        let mut pruned = Pruned::default();
        let mut inboxes = Vec::new();
        if let Some(cutoff) = cutoffs.closed_notifications {
            let mut users: Vec<String> = on_pool!(self, |pool| sqlx::query_scalar(NOTIFICATIONS)
                .bind(cutoff)
                .bind(i64::from(limit))
                .fetch_all(pool)
                .await)?;
            pruned.notifications = users.len() as u64;
            users.sort_unstable();
            users.dedup();
            inboxes = users;
        }
        for (sql, cutoff, count) in [
            (EVENTS, cutoffs.events, &mut pruned.events),
            (DELIVERIES, cutoffs.finished_deliveries, &mut pruned.deliveries),
            (WEBHOOKS, cutoffs.unrouted_webhooks, &mut pruned.webhooks),
        ] {
            let Some(cutoff) = cutoff else { continue };
            *count = on_pool!(self, |pool| sqlx::query(sql)
                .bind(cutoff)
                .bind(i64::from(limit))
                .execute(pool)
                .await
                .map(|done| done.rows_affected()))?;
        }
        Ok((pruned, inboxes))
    }
}

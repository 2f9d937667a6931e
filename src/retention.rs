//! Retention: what `[retention]` says herald keeps no longer is deleted by the email worker's
//! process, every `retention.interval`, a batch at a time with a pause between batches, so that a large
//! backlog (the first run after an upgrade, say) never holds the write lock for long and
//! ingest keeps its latency.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::clock::Clock;
use crate::config::Retention;
use crate::live::Live;
use crate::store::retention::{Cutoffs, Pruned};
use crate::store::{Db, StoreError};

/// The pause between two batches: room for the writer's transactions.
const PAUSE: Duration = Duration::from_millis(20);

pub struct Pruner {
    db: Db,
    clock: Clock,
    retention: Retention,
    /// Told which inboxes lost notifications.
    live: Live,
}

impl Pruner {
    pub fn new(db: Db, clock: Clock, retention: Retention, live: Live) -> Self {
        Self {
            db,
            clock,
            retention,
            live,
        }
    }

    fn cutoffs(&self) -> Cutoffs {
        let now = self.clock.now_ms();
        let before = |keep: Option<Duration>| {
            keep.map(|keep| now.saturating_sub(i64::try_from(keep.as_millis()).unwrap_or(i64::MAX)))
        };
        Cutoffs {
            events: before(self.retention.events),
            closed_notifications: before(self.retention.closed_notifications),
            finished_deliveries: before(self.retention.finished_deliveries),
            unrouted_webhooks: before(self.retention.unrouted_webhooks),
        }
    }

    /// Deletes everything past its time, batch after batch, until done or `stop`; what it
    /// deleted, in all.
    pub async fn prune(&self, stop: &CancellationToken) -> Result<Pruned, StoreError> {
        let cutoffs = self.cutoffs();
        let limit = u64::from(self.retention.batch);
        let mut total = Pruned::default();
        loop {
            let (batch, inboxes) = self.db.prune_batch(&cutoffs, self.retention.batch).await?;
            let inboxes: Vec<&str> = inboxes.iter().map(String::as_str).collect();
            self.live.refresh(&self.db, &inboxes).await?;
            total += batch;
            // A full batch of any kind: there may be more of it.
            let more = batch.counts().contains(&limit);
            if !more || stop.is_cancelled() {
                return Ok(total);
            }
            tokio::time::sleep(PAUSE).await;
        }
    }

    /// Prunes now and every `retention.interval` until `stop`.
    pub async fn run(self, stop: CancellationToken) {
        loop {
            match self.prune(&stop).await {
                Ok(pruned) if pruned.total() > 0 => tracing::info!(
                    events = pruned.events,
                    notifications = pruned.notifications,
                    deliveries = pruned.deliveries,
                    webhooks = pruned.webhooks,
                    "pruned what retention keeps no longer"
                ),
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "pruning failed; trying again later"),
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(self.retention.interval) => {}
            }
        }
    }
}

//! Outcomes of finished emails, written in groups: every email that finishes while one group
//! is being written joins the next. A busy worker then writes one transaction per group
//! instead of one per email (each a commit and, on SQLite, a turn at the one write lock that
//! ingest needs too). An idle worker writes at once: nothing waits to fill a group.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::store::Db;
use crate::store::outbox::Outcome;

/// At most this many emails' outcomes in one transaction.
const MAX_GROUP: usize = 256;

/// An address to suppress for a user after a permanent failure: user, address, reason.
pub type Suppression = (String, String, String);

struct Finished {
    outcomes: Vec<Outcome>,
    suppress: Vec<Suppression>,
    written: oneshot::Sender<()>,
}

#[derive(Clone)]
pub struct Recorder {
    queue: mpsc::UnboundedSender<Finished>,
}

impl Recorder {
    /// Starts the task that writes the groups; it ends once every `Recorder` is dropped and
    /// what they queued is written.
    pub fn start(db: Db, worker: Arc<str>, clock: Clock) -> (Self, JoinHandle<()>) {
        let (queue, pending) = mpsc::unbounded_channel();
        (
            Self { queue },
            tokio::spawn(write_groups(db, worker, clock, pending)),
        )
    }

    /// Records one email's outcomes; returns once they are written (or the write failed and
    /// was logged: the lease then brings the deliveries back).
    pub async fn record(&self, outcomes: Vec<Outcome>, suppress: Vec<Suppression>) {
        let (written, done) = oneshot::channel();
        let finished = Finished {
            outcomes,
            suppress,
            written,
        };
        if self.queue.send(finished).is_ok() {
            let _ = done.await;
        }
    }
}

async fn write_groups(
    db: Db,
    worker: Arc<str>,
    clock: Clock,
    mut pending: mpsc::UnboundedReceiver<Finished>,
) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while pending.recv_many(&mut group, MAX_GROUP).await > 0 {
        let mut outcomes = Vec::new();
        let mut suppress = Vec::new();
        for finished in &mut group {
            outcomes.append(&mut finished.outcomes);
            suppress.append(&mut finished.suppress);
        }
        let now = clock.now_ms();
        if let Err(error) = db.record_outcomes(&worker, &outcomes, &suppress, now).await {
            tracing::error!(%error, emails = group.len(), "recording sends failed; the lease will bring them back");
        }
        for finished in group.drain(..) {
            let _ = finished.written.send(());
        }
    }
}

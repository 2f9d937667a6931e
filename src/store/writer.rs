//! Group commit: one task takes every ingest job that is waiting, stores them in one
//! transaction and answers each caller after the commit, so a 202 always means "on disk".
//!
//! There is no timer: while a batch commits, the next one queues up, so batches grow with load
//! and a lone request is committed at once. Where the database commits transactions in
//! parallel (PostgreSQL), several committers take turns at the queue, so one batch's round
//! trips and fsync overlap the next one's work; a batch starts beside another only once it is
//! as large, so that load does not splinter into one-job transactions. A batch that fails is retried job by job, so one
//! bad result cannot take its neighbours down with it. Busy or idle, the task stores the expiry
//! of notifications whose time is up every [`EXPIRY_SWEEP`] (an ingest batch expires only its
//! own users' rows).
//!
//! After each commit the committer publishes the new inbox versions of the batch's users to the
//! live inbox (`crate::live`), which wakes whoever waits on them.
//!
//! After each batch the committer keeps SQLite's write-ahead log bounded (`store::sqlite`):
//! past its limit the log is checkpointed and restarted before the next batch starts.
//!
//! Where commits do not sync by themselves (SQLite, see `store::sqlite`), answers go through
//! an acknowledger task that syncs the write-ahead log once for every batch committed since its
//! last sync, then answers them all: durability costs one fsync per group of batches, and the
//! writer never waits for the disk.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{Mutex, Notify, mpsc, oneshot};
use tokio::task::{JoinHandle, JoinSet};
use tokio_util::sync::CancellationToken;

use super::{Db, IngestJob, IngestReply, StoreError, WalFile, WalRewind};
use crate::clock::Clock;
use crate::live::Live;

/// How often the writer stores the expiry of notifications whose time is up.
pub const EXPIRY_SWEEP: Duration = Duration::from_secs(10);

/// How often a batch runs when another transaction keeps committing the same keys first
/// (PostgreSQL with several instances or committers); the second run normally replays.
const CONFLICT_ATTEMPTS: u32 = 3;

type Reply = oneshot::Sender<Result<IngestReply, WriteError>>;

#[derive(Debug, Clone, thiserror::Error)]
pub enum WriteError {
    /// Shared by every result of the batch that failed with it.
    #[error("the database did not accept the result")]
    Store(#[source] Arc<StoreError>),
    #[error("herald is shutting down")]
    Closed,
}

#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<(IngestJob, Reply)>,
}

impl Writer {
    /// Starts the writer task. Once `stop` is cancelled it refuses new jobs, commits those
    /// already queued, and ends.
    /// `outbox` is poked whenever a batch queues email deliveries that are due at once; `live`
    /// hears of every inbox a batch changed.
    pub fn start(
        db: Db,
        max_batch: usize,
        clock: Clock,
        stop: CancellationToken,
        outbox: Arc<Notify>,
        live: Live,
    ) -> (Self, JoinHandle<()>) {
        let (queue, jobs) = mpsc::channel(max_batch * 4);
        let tasks = Committers { db, outbox, live };
        let task = tokio::spawn(run(tasks, jobs, max_batch, clock, stop));
        (Self { queue }, task)
    }

    pub async fn submit(&self, job: IngestJob) -> Result<IngestReply, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send((job, reply))
            .await
            .map_err(|_| WriteError::Closed)?;
        answer.await.map_err(|_| WriteError::Closed)?
    }
}

/// What every committer shares.
struct Committers {
    db: Db,
    outbox: Arc<Notify>,
    live: Live,
}

async fn run(
    Committers { db, outbox, live }: Committers,
    queue: mpsc::Receiver<(IngestJob, Reply)>,
    max_batch: usize,
    clock: Clock,
    stop: CancellationToken,
) {
    let (acks, acknowledger) = match db.wal() {
        Some(wal) => {
            let (acks, pending) = mpsc::unbounded_channel();
            (Some(acks), Some(tokio::spawn(acknowledge(wal, pending))))
        }
        None => (None, None),
    };
    // Committers take turns at the queue: one waits for jobs while the others commit theirs.
    let queue = Arc::new(Mutex::new(queue));
    let clock = Arc::new(BatchClock::new(clock));
    let in_flight = Arc::new(InFlight::default());
    let mut committers = JoinSet::new();
    for _ in 0..db.concurrent_batches() {
        let committer = Committer {
            db: db.clone(),
            outbox: outbox.clone(),
            live: live.clone(),
            clock: clock.clone(),
            in_flight: in_flight.clone(),
        };
        committers.spawn(committer.run(queue.clone(), max_batch, stop.clone(), acks.clone()));
    }
    committers.join_all().await;
    drop(acks);
    if let Some(task) = acknowledger {
        let _ = task.await;
    }
}

type Answers = Vec<(Reply, Result<IngestReply, WriteError>)>;

struct Committer {
    db: Db,
    /// Poked when a batch queued email deliveries that are due at once.
    outbox: Arc<Notify>,
    live: Live,
    clock: Arc<BatchClock>,
    in_flight: Arc<InFlight>,
}

/// How many jobs the batches being committed hold, and a signal each time one is done.
#[derive(Default)]
struct InFlight {
    jobs: AtomicUsize,
    done: Notify,
}

impl Committer {
    async fn run(
        self,
        queue: Arc<Mutex<mpsc::Receiver<(IngestJob, Reply)>>>,
        max_batch: usize,
        stop: CancellationToken,
        acks: Option<mpsc::UnboundedSender<Answers>>,
    ) {
        let mut batch: Vec<(IngestJob, Reply)> = Vec::with_capacity(max_batch);
        let mut swept = std::time::Instant::now();
        let mut rewinds = RewindLog::default();
        loop {
            let received = {
                let mut queue = queue.lock().await;
                let received = loop {
                    tokio::select! {
                        biased;
                        () = stop.cancelled(), if !queue.is_closed() => queue.close(),
                        received = tokio::time::timeout(
                            EXPIRY_SWEEP,
                            queue.recv_many(&mut batch, max_batch),
                        ) => break received,
                    }
                };
                self.top_up(&mut queue, &mut batch, max_batch).await;
                // Counted before the queue is free, so that the next committer sees this batch.
                self.in_flight.jobs.fetch_add(batch.len(), Ordering::SeqCst);
                received
            };
            let size = batch.len();
            match received {
                Ok(0) => break,
                Ok(_) => {
                    let answers = self.commit(std::mem::take(&mut batch)).await;
                    self.in_flight.jobs.fetch_sub(size, Ordering::SeqCst);
                    self.in_flight.done.notify_waiters();
                    match &acks {
                        Some(acks) => {
                            let _ = acks.send(answers);
                        }
                        None => answer(answers),
                    }
                    self.rewind_wal(&mut rewinds).await;
                }
                Err(_idle) => {}
            }
            if swept.elapsed() >= EXPIRY_SWEEP {
                self.sweep().await;
                swept = std::time::Instant::now();
            }
        }
    }

    /// A batch starts alongside others only once it holds as many jobs as they do; until then
    /// it takes whatever arrives, and starts as soon as one of them is done. Without this,
    /// under load every other transaction carried one or two jobs, each paying a full set of
    /// round trips and a commit (measured on PostgreSQL with the load harness: 60% of the
    /// batches held under 5 jobs; 7,700 results/s before, 8,500 to 9,000 after). With nothing in
    /// flight a batch starts at once, however small.
    async fn top_up(
        &self,
        queue: &mut mpsc::Receiver<(IngestJob, Reply)>,
        batch: &mut Vec<(IngestJob, Reply)>,
        max_batch: usize,
    ) {
        while !batch.is_empty() && batch.len() < max_batch {
            let done = self.in_flight.done.notified();
            tokio::pin!(done);
            done.as_mut().enable();
            if batch.len() >= self.in_flight.jobs.load(Ordering::SeqCst) {
                return;
            }
            tokio::select! {
                () = &mut done => return,
                received = queue.recv_many(batch, max_batch - batch.len()) => if received == 0 {
                    return;
                },
            }
        }
    }

    /// Stores a batch; the answers are to be sent once the batch is durable.
    #[tracing::instrument(name = "ingest_batch", skip_all, fields(size = batch.len()))]
    async fn commit(&self, batch: Vec<(IngestJob, Reply)>) -> Answers {
        crate::metrics::ingest_batch(batch.len());
        let now = self.clock.now();
        let (jobs, replies): (Vec<IngestJob>, Vec<Reply>) = batch.into_iter().unzip();
        let started = std::time::Instant::now();
        let stored = self.store(&jobs, now).await;
        tracing::debug!(
            size = jobs.len(),
            elapsed_us = started.elapsed().as_micros(),
            "batch committed"
        );
        match stored {
            Ok(results) => replies.into_iter().zip(results.into_iter().map(Ok)).collect(),
            Err(error) if jobs.len() > 1 => {
                tracing::warn!(%error, size = jobs.len(), "batch failed; storing its results one by one");
                let mut answers = Vec::with_capacity(jobs.len());
                for (job, reply) in jobs.into_iter().zip(replies) {
                    let result = self
                        .store(std::slice::from_ref(&job), now)
                        .await
                        .and_then(|replies| {
                            replies.into_iter().next().ok_or_else(|| {
                                WriteError::Store(Arc::new(StoreError::Other(
                                    "no reply for the result".into(),
                                )))
                            })
                        });
                    answers.push((reply, result));
                }
                answers
            }
            Err(error) => {
                tracing::error!(%error, "storing a result failed");
                replies
                    .into_iter()
                    .map(|reply| (reply, Err(error.clone())))
                    .collect()
            }
        }
    }

    async fn store(&self, jobs: &[IngestJob], now: i64) -> Result<Vec<IngestReply>, WriteError> {
        let mut attempt = 1;
        let stored = loop {
            match self.db.ingest_batch(jobs, now).await {
                Err(error) if error.is_conflict() && attempt < CONFLICT_ATTEMPTS => {
                    tracing::debug!(%error, attempt, "batch conflicted with another; running it again");
                    attempt += 1;
                }
                stored => break stored.map_err(|e: StoreError| WriteError::Store(Arc::new(e)))?,
            }
        };
        // Deliveries that wait for a batch window are found by the worker's own timer.
        if stored.due_now > 0 {
            self.outbox.notify_one();
        }
        self.live.publish(
            stored
                .versions
                .iter()
                .map(|(user, version)| (user.as_str(), *version)),
        );
        Ok(stored.replies)
    }

    async fn rewind_wal(&self, log: &mut RewindLog) {
        match self.db.rewind_wal().await {
            Ok(None) => {}
            Ok(Some(rewind)) if rewind.complete => log.record(rewind),
            // Tried again after the next batch; worth a word only once it is far over.
            Ok(Some(rewind)) if rewind.bytes > 2 * rewind.limit => tracing::warn!(
                wal_bytes = rewind.bytes,
                "readers keep the write-ahead log from restarting; it is twice its limit"
            ),
            Ok(Some(_)) => {}
            Err(error) => tracing::warn!(%error, "checkpointing the write-ahead log failed"),
        }
    }

    async fn sweep(&self) {
        let swept = match self.db.expire_due(self.clock.now()).await {
            Ok(users) => {
                let users: Vec<&str> = users.iter().map(String::as_str).collect();
                self.live.refresh(&self.db, &users).await
            }
            Err(error) => Err(error),
        };
        if let Err(error) = swept {
            tracing::warn!(%error, "expiry sweep failed");
        }
    }
}

/// Says that the write-ahead log reached its limit, at most once a minute under sustained
/// ingest (where it happens every second or so), with how often and how long it took.
#[derive(Default)]
struct RewindLog {
    since: Option<std::time::Instant>,
    rewinds: u32,
    took: Duration,
    largest: u64,
}

impl RewindLog {
    const EVERY: Duration = Duration::from_secs(60);

    fn record(&mut self, rewind: WalRewind) {
        self.rewinds += 1;
        self.took += rewind.took;
        self.largest = self.largest.max(rewind.bytes);
        if self.since.is_some_and(|since| since.elapsed() < Self::EVERY) {
            return;
        }
        tracing::info!(
            rewinds = self.rewinds,
            largest_wal_bytes = self.largest,
            total_ms = u64::try_from(self.took.as_millis()).unwrap_or(u64::MAX),
            "the write-ahead log reached its limit and was checkpointed and restarted"
        );
        *self = Self {
            since: Some(std::time::Instant::now()),
            ..Self::default()
        };
    }
}

fn answer(answers: Answers) {
    for (reply, result) in answers {
        let _ = reply.send(result);
    }
}

/// Syncs the WAL once for everything committed so far, then answers it all.
async fn acknowledge(wal: Arc<WalFile>, mut pending: mpsc::UnboundedReceiver<Answers>) {
    let mut groups: Vec<Answers> = Vec::new();
    while pending.recv_many(&mut groups, 1024).await > 0 {
        let file = wal.clone();
        let synced = tokio::task::spawn_blocking(move || file.sync()).await;
        let failure = match synced {
            Ok(Ok(())) => None,
            Ok(Err(error)) => Some(error),
            Err(error) => Some(std::io::Error::other(error)),
        };
        match failure {
            None => groups.drain(..).for_each(answer),
            Some(error) => {
                tracing::error!(%error, "syncing the write-ahead log failed");
                // An I/O error of the database like any other: nothing was acknowledged.
                let error = Arc::new(StoreError::Sqlx(sqlx::Error::Io(error)));
                for (reply, _) in groups.drain(..).flatten() {
                    let _ = reply.send(Err(WriteError::Store(error.clone())));
                }
            }
        }
    }
}

/// Milliseconds of herald's clock that never repeat or go backwards, so every batch has its
/// own instant.
struct BatchClock {
    clock: Clock,
    last: AtomicI64,
}

impl BatchClock {
    fn new(clock: Clock) -> Self {
        Self {
            clock,
            last: AtomicI64::new(i64::MIN),
        }
    }

    fn now(&self) -> i64 {
        let wall = self.clock.now_ms();
        let next = |last: i64| wall.max(last + 1);
        match self
            .last
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| Some(next(last)))
        {
            Ok(last) | Err(last) => next(last),
        }
    }
}

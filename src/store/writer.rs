//! Group commit: one task takes every ingest job that is waiting, stores them in one
//! transaction and answers each caller after the commit, so a 202 always means "on disk".
//!
//! There is no timer: while a batch commits, the next one queues up, so batches grow with load
//! and a lone request is committed at once. A batch that fails is retried job by job, so one
//! bad result cannot take its neighbours down with it. When idle, the task closes expired
//! notifications every [`EXPIRY_SWEEP`].

use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::{Db, IngestJob, IngestReply, StoreError};

/// How often an idle writer closes notifications whose expiry has passed.
pub const EXPIRY_SWEEP: Duration = Duration::from_secs(10);

type Reply = oneshot::Sender<Result<IngestReply, WriteError>>;

#[derive(Debug, Clone, thiserror::Error)]
pub enum WriteError {
    #[error("the database did not accept the result: {0}")]
    Store(String),
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
    pub fn start(db: Db, max_batch: usize, stop: CancellationToken) -> (Self, JoinHandle<()>) {
        let (queue, jobs) = mpsc::channel(max_batch * 4);
        let task = tokio::spawn(run(db, jobs, max_batch, stop));
        (Self { queue }, task)
    }

    pub async fn submit(&self, job: IngestJob) -> Result<IngestReply, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.queue.send((job, reply)).await.map_err(|_| WriteError::Closed)?;
        answer.await.map_err(|_| WriteError::Closed)?
    }
}

async fn run(db: Db, mut queue: mpsc::Receiver<(IngestJob, Reply)>, max_batch: usize, stop: CancellationToken) {
    let mut clock = Clock::default();
    let mut batch: Vec<(IngestJob, Reply)> = Vec::with_capacity(max_batch);
    loop {
        let received = tokio::select! {
            biased;
            () = stop.cancelled(), if !queue.is_closed() => {
                queue.close();
                continue;
            }
            received = tokio::time::timeout(EXPIRY_SWEEP, queue.recv_many(&mut batch, max_batch)) => received,
        };
        match received {
            Ok(0) => return,
            Ok(_) => commit(&db, std::mem::take(&mut batch), clock.now()).await,
            Err(_idle) => {
                if let Err(error) = db.expire_due(clock.now()).await {
                    tracing::warn!(%error, "expiry sweep failed");
                }
            }
        }
    }
}

async fn commit(db: &Db, batch: Vec<(IngestJob, Reply)>, now: i64) {
    let (jobs, replies): (Vec<IngestJob>, Vec<Reply>) = batch.into_iter().unzip();
    match store(db, &jobs, now).await {
        Ok(results) => {
            for (reply, result) in replies.into_iter().zip(results) {
                let _ = reply.send(Ok(result));
            }
        }
        Err(error) if jobs.len() > 1 => {
            tracing::warn!(%error, size = jobs.len(), "batch failed; storing its results one by one");
            for (job, reply) in jobs.into_iter().zip(replies) {
                let result = store(db, std::slice::from_ref(&job), now).await.and_then(|replies| {
                    replies.into_iter().next().ok_or_else(|| WriteError::Store("no reply for the result".into()))
                });
                let _ = reply.send(result);
            }
        }
        Err(error) => {
            tracing::error!(%error, "storing a result failed");
            for reply in replies {
                let _ = reply.send(Err(error.clone()));
            }
        }
    }
}

async fn store(db: &Db, jobs: &[IngestJob], now: i64) -> Result<Vec<IngestReply>, WriteError> {
    let result = match db {
        Db::Sqlite(store) => store.ingest_batch(jobs, now).await,
    };
    result.map_err(|e: StoreError| WriteError::Store(e.to_string()))
}

/// Milliseconds that never repeat or go backwards, so every batch has its own instant.
#[derive(Default)]
struct Clock {
    last: i64,
}

impl Clock {
    fn now(&mut self) -> i64 {
        self.last = jiff::Timestamp::now().as_millisecond().max(self.last + 1);
        self.last
    }
}

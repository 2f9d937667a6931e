//! SQLite's connections besides the writer's: what every statement outside an ingest batch
//! runs on (inbox reads, read marks, users, keys, email outcomes).
//!
//! A single statement takes one of [`POOL_SIZE`] connections held here, not from sqlx's
//! pool: sqlx pings a connection on every return to its pool, and for SQLite that is one more
//! round trip to the connection's thread, two more context switches, doubling the cost of a
//! statement's hop. An inbox poll answered `200` runs three statements; measured in the load
//! harness, see the README's log. A SQLite file connection never goes stale, so one that
//! answered needs no test. One whose statement was dropped halfway (a client gone, a timeout)
//! may still be running it on its thread: it comes back once its thread answers a ping, so
//! that no statement queues behind an abandoned one while others are idle. Transactions still
//! go through sqlx's pool ([`Connections::begin_with`]), which rolls back one left open.

use std::sync::{Arc, Mutex};

use futures_util::future::BoxFuture;
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use sqlx::sqlite::{SqliteConnectOptions, SqliteQueryResult, SqliteRow, SqliteStatement, SqliteTypeInfo};
use sqlx::{
    Connection, Describe, Either, Execute, Executor, Sqlite, SqliteConnection, SqlitePool, Transaction,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Statement connections; measured with the load harness on 2 cores, 304 polls/s (when they
/// still read the database): 2 connections 16,200, 4 24,200, 8 27,800, 16 26,000.
const POOL_SIZE: usize = 8;

pub(crate) struct Connections {
    idle: Arc<Idle>,
    /// One per idle connection: whoever holds a permit finds one.
    permits: Arc<Semaphore>,
    /// For transactions and the background checkpoints.
    pool: SqlitePool,
}

type Idle = Mutex<Vec<SqliteConnection>>;

impl std::fmt::Debug for Connections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connections")
            .field("available", &self.permits.available_permits())
            .finish_non_exhaustive()
    }
}

impl Connections {
    pub(super) async fn open(connect: &SqliteConnectOptions, pool: SqlitePool) -> sqlx::Result<Self> {
        let mut idle = Vec::with_capacity(POOL_SIZE);
        for _ in 0..POOL_SIZE {
            idle.push(SqliteConnection::connect_with(connect).await?);
        }
        Ok(Self {
            idle: Arc::new(Mutex::new(idle)),
            permits: Arc::new(Semaphore::new(POOL_SIZE)),
            pool,
        })
    }

    /// A transaction on a connection of sqlx's pool.
    pub(crate) async fn begin_with(
        &self,
        statement: &'static str,
    ) -> sqlx::Result<Transaction<'static, Sqlite>> {
        self.pool.begin_with(statement).await
    }

    async fn acquire(&self) -> sqlx::Result<Held> {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        let conn = lock(&self.idle).pop().ok_or(sqlx::Error::PoolClosed)?;
        Ok(Held {
            idle: self.idle.clone(),
            conn: Some(conn),
            permit: Some(permit),
        })
    }

    /// Closes every idle connection; statements after this fail with
    /// [`sqlx::Error::PoolClosed`], and one still running closes its connection when it ends.
    pub(super) async fn close(&self) {
        self.permits.close();
        let idle = std::mem::take(&mut *lock(&self.idle));
        for conn in idle {
            let _ = conn.close().await;
        }
        self.pool.close().await;
    }
}

fn lock(idle: &Idle) -> std::sync::MutexGuard<'_, Vec<SqliteConnection>> {
    idle.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A connection taken for one statement: back among the idle ones with its answer
/// ([`Held::answer`]), or through [`settle`] when dropped before it.
struct Held {
    idle: Arc<Idle>,
    conn: Option<SqliteConnection>,
    permit: Option<OwnedSemaphorePermit>,
}

impl Held {
    /// There until the statement's answer hands it back.
    fn conn(&mut self) -> sqlx::Result<&mut SqliteConnection> {
        self.conn.as_mut().ok_or(sqlx::Error::PoolClosed)
    }

    /// Hands the statement's answer on and the connection back, before the permit is released;
    /// a connection whose thread is gone is left to [`settle`], not handed out again.
    fn answer<T>(mut self, answer: sqlx::Result<T>) -> sqlx::Result<T> {
        let closed = self.permit.as_ref().is_none_or(|p| p.semaphore().is_closed());
        if !matches!(answer, Err(sqlx::Error::WorkerCrashed))
            && let Some(conn) = self.conn.take()
            && !closed
        {
            lock(&self.idle).push(conn);
        }
        answer
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let (Some(conn), Some(permit)) = (self.conn.take(), self.permit.take()) else {
            return;
        };
        if permit.semaphore().is_closed() {
            return;
        }
        // Dropped halfway (a client gone, a timeout) or broken. A statement given this connection
        // now would wait for the abandoned one to end, while others are idle: it comes back
        // once its thread answers a ping.
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => drop(runtime.spawn(settle(self.idle.clone(), conn, permit))),
            Err(_) => permit.forget(),
        }
    }
}

/// Returns a connection once its thread has ended what it was running; one whose thread does
/// not answer leaves for good, with its permit.
async fn settle(idle: Arc<Idle>, mut conn: SqliteConnection, permit: OwnedSemaphorePermit) {
    match conn.ping().await {
        Ok(()) if permit.semaphore().is_closed() => {}
        Ok(()) => lock(&idle).push(conn),
        Err(error) => {
            permit.forget();
            tracing::warn!(%error, "a SQLite connection stopped answering and was dropped");
        }
    }
}

impl<'c> Executor<'c> for &'c Connections {
    type Database = Sqlite;

    /// Collected before they are handed on, as `fetch_all` (which every caller uses) would.
    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, sqlx::Result<Either<SqliteQueryResult, SqliteRow>>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Sqlite>,
    {
        futures_util::stream::once(async move {
            let mut held = self.acquire().await?;
            let results = held.conn()?.fetch_many(query).try_collect::<Vec<_>>().await;
            let results = held.answer(results)?;
            Ok::<_, sqlx::Error>(futures_util::stream::iter(results.into_iter().map(Ok)))
        })
        .try_flatten()
        .boxed()
    }

    fn fetch_optional<'e, 'q: 'e, E>(self, query: E) -> BoxFuture<'e, sqlx::Result<Option<SqliteRow>>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Sqlite>,
    {
        Box::pin(async move {
            let mut held = self.acquire().await?;
            let answer = held.conn()?.fetch_optional(query).await;
            held.answer(answer)
        })
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [SqliteTypeInfo],
    ) -> BoxFuture<'e, sqlx::Result<SqliteStatement<'q>>>
    where
        'c: 'e,
    {
        Box::pin(async move {
            let mut held = self.acquire().await?;
            let answer = held.conn()?.prepare_with(sql, parameters).await;
            held.answer(answer)
        })
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, sqlx::Result<Describe<Sqlite>>>
    where
        'c: 'e,
    {
        Box::pin(async move {
            let mut held = self.acquire().await?;
            let answer = held.conn()?.describe(sql).await;
            held.answer(answer)
        })
    }
}

#[cfg(test)]
mod tests {
    use sqlx::sqlite::SqlitePoolOptions;

    use super::*;

    async fn open(dir: &tempfile::TempDir) -> Connections {
        let connect = SqliteConnectOptions::new()
            .filename(dir.path().join("connections.db"))
            .create_if_missing(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(connect.clone())
            .await
            .expect("pool");
        Connections::open(&connect, pool).await.expect("connections")
    }

    /// `n` and `n + 1`, as rows: through `fetch_many`.
    async fn pair(connections: &Connections, n: i64) -> sqlx::Result<Vec<i64>> {
        sqlx::query_scalar("SELECT ? + column1 FROM (VALUES (0), (1))")
            .bind(n)
            .fetch_all(connections)
            .await
    }

    #[tokio::test]
    async fn more_statements_at_once_than_connections_each_get_their_own_answer() {
        let dir = tempfile::tempdir().expect("directory");
        let connections = open(&dir).await;
        let many = 3 * POOL_SIZE as i64;
        let pairs = futures_util::future::try_join_all((0..many).map(|n| pair(&connections, n)))
            .await
            .expect("every statement answered");
        let expected: Vec<Vec<i64>> = (0..many).map(|n| vec![n, n + 1]).collect();
        assert_eq!(pairs, expected);
        assert_eq!(idle(&connections), POOL_SIZE, "every connection came back");
    }

    /// Long enough to be still running when the test looks (seconds in a debug build).
    const SLOW: &str = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n \
        WHERE i < 5000000) SELECT count(*) FROM n";

    fn idle(connections: &Connections) -> usize {
        lock(&connections.idle).len()
    }

    async fn until_idle(connections: &Connections, n: usize) {
        let back = async {
            while idle(connections) != n {
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
        };
        tokio::time::timeout(std::time::Duration::from_secs(60), back)
            .await
            .expect("the connection came back");
    }

    #[tokio::test]
    async fn a_statement_dropped_halfway_holds_up_no_other_and_its_connection_comes_back() {
        let dir = tempfile::tempdir().expect("directory");
        let connections = open(&dir).await;
        let mut slow = Box::pin(sqlx::query_scalar::<_, i64>(SLOW).fetch_one(&connections));
        assert!(
            futures_util::poll!(&mut slow).is_pending(),
            "still running on its thread"
        );
        drop(slow);
        assert_eq!(idle(&connections), POOL_SIZE - 1, "out until its thread answers");
        assert_eq!(pair(&connections, 1).await.expect("answered"), vec![1, 2]);
        assert_eq!(
            idle(&connections),
            POOL_SIZE - 1,
            "answered on another connection"
        );
        until_idle(&connections, POOL_SIZE).await;
        let many = POOL_SIZE as i64;
        let pairs = futures_util::future::try_join_all((0..many).map(|n| pair(&connections, n)))
            .await
            .expect("every connection answers");
        assert_eq!(pairs.len(), POOL_SIZE);
    }

    #[tokio::test]
    async fn a_statement_running_through_close_closes_its_connection_when_it_ends() {
        let dir = tempfile::tempdir().expect("directory");
        let connections = open(&dir).await;
        let slow = sqlx::query_scalar::<_, i64>(SLOW).fetch_one(&connections);
        let (count, ()) = tokio::join!(slow, connections.close());
        assert_eq!(count.expect("it ran to its end"), 5_000_000);
        assert_eq!(idle(&connections), 0, "not back among the idle ones");
    }

    #[tokio::test]
    async fn after_closing_a_statement_fails_as_closed() {
        let dir = tempfile::tempdir().expect("directory");
        let connections = open(&dir).await;
        connections.close().await;
        let error = pair(&connections, 1).await.expect_err("closed");
        assert!(matches!(error, sqlx::Error::PoolClosed), "{error}");
        assert_eq!(idle(&connections), 0);
    }
}

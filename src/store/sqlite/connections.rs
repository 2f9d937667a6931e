//! SQLite's connections besides the writer's: what every statement outside an ingest batch
//! runs on (inbox reads, read marks, users, keys, email outcomes).
//!
//! A single statement takes one of [`POOL_SIZE`] connections held here, not from sqlx's
//! pool: sqlx pings a connection on every return to its pool, and for SQLite that is one more
//! round trip to the connection's thread, two more context switches, doubling the cost of a
//! statement's hop. An inbox poll answered `200` runs three statements; measured in the load
//! harness, see the README's log. A SQLite file connection never goes stale, so nothing is lost
//! by not testing it; a statement whose future was dropped halfway leaves its connection
//! usable, since the connection's thread runs commands in order. Transactions still go
//! through sqlx's pool ([`Connections::begin_with`]), which rolls back one left open.

use std::sync::Mutex;

use futures_util::future::BoxFuture;
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use sqlx::sqlite::{SqliteConnectOptions, SqliteQueryResult, SqliteRow, SqliteStatement, SqliteTypeInfo};
use sqlx::{
    Connection, Describe, Either, Execute, Executor, Sqlite, SqliteConnection, SqlitePool, Transaction,
};
use tokio::sync::{Semaphore, SemaphorePermit};

/// Statement connections; measured with the load harness on 2 cores, 304 polls/s (when they
/// still read the database): 2 connections 16,200, 4 24,200, 8 27,800, 16 26,000.
const POOL_SIZE: usize = 8;

pub(crate) struct Connections {
    idle: Mutex<Vec<SqliteConnection>>,
    /// One per idle connection: whoever holds a permit finds one.
    permits: Semaphore,
    /// For transactions and the background checkpoints.
    pool: SqlitePool,
}

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
            idle: Mutex::new(idle),
            permits: Semaphore::new(POOL_SIZE),
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

    async fn acquire(&self) -> sqlx::Result<Held<'_>> {
        let permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        let conn = self.idle().pop().ok_or(sqlx::Error::PoolClosed)?;
        Ok(Held {
            connections: self,
            conn: Some(conn),
            _permit: permit,
        })
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<SqliteConnection>> {
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Closes every connection; statements after this fail with [`sqlx::Error::PoolClosed`].
    pub(super) async fn close(&self) {
        self.permits.close();
        let idle = std::mem::take(&mut *self.idle());
        for conn in idle {
            let _ = conn.close().await;
        }
        self.pool.close().await;
    }
}

/// A connection taken for one statement, back among the idle ones when dropped.
struct Held<'c> {
    connections: &'c Connections,
    conn: Option<SqliteConnection>,
    _permit: SemaphorePermit<'c>,
}

impl Held<'_> {
    /// Always there: it leaves only when dropped.
    fn conn(&mut self) -> sqlx::Result<&mut SqliteConnection> {
        self.conn.as_mut().ok_or(sqlx::Error::PoolClosed)
    }
}

impl Drop for Held<'_> {
    /// Before the permit (a field) is released.
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            self.connections.idle().push(conn);
        }
    }
}

impl<'c> Executor<'c> for &'c Connections {
    type Database = Sqlite;

    /// Collected before they are handed on: herald's statements return bounded pages.
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
            let results: Vec<_> = held.conn()?.fetch_many(query).try_collect().await?;
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
        Box::pin(async move { self.acquire().await?.conn()?.fetch_optional(query).await })
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [SqliteTypeInfo],
    ) -> BoxFuture<'e, sqlx::Result<SqliteStatement<'q>>>
    where
        'c: 'e,
    {
        Box::pin(async move { self.acquire().await?.conn()?.prepare_with(sql, parameters).await })
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, sqlx::Result<Describe<Sqlite>>>
    where
        'c: 'e,
    {
        Box::pin(async move { self.acquire().await?.conn()?.describe(sql).await })
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
        assert_eq!(connections.idle().len(), POOL_SIZE, "every connection came back");
    }

    #[tokio::test]
    async fn a_statement_dropped_halfway_leaves_its_connection_usable() {
        let dir = tempfile::tempdir().expect("directory");
        let connections = open(&dir).await;
        const SLOW: &str = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n \
            WHERE i < 2000000) SELECT count(*) FROM n";
        for _ in 0..POOL_SIZE {
            let mut slow = Box::pin(sqlx::query_scalar::<_, i64>(SLOW).fetch_one(&connections));
            assert!(
                futures_util::poll!(&mut slow).is_pending(),
                "still running on its thread"
            );
        }
        assert_eq!(
            connections.idle().len(),
            POOL_SIZE,
            "the dropped statements' connections"
        );
        for n in 0..POOL_SIZE as i64 {
            assert_eq!(pair(&connections, n).await.expect("answered"), vec![n, n + 1]);
        }
    }

    #[tokio::test]
    async fn after_closing_a_statement_fails_as_closed() {
        let dir = tempfile::tempdir().expect("directory");
        let connections = open(&dir).await;
        connections.close().await;
        let error = pair(&connections, 1).await.expect_err("closed");
        assert!(matches!(error, sqlx::Error::PoolClosed), "{error}");
        assert!(connections.idle().is_empty());
    }
}

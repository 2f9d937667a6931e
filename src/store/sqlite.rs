//! SQLite: the embedded default. WAL so readers never wait for the writer; one dedicated
//! writer connection for ingest batches, whose transactions take the write lock up front
//! (`BEGIN IMMEDIATE`); a small pool for reads and single-statement writes.
//!
//! Durability without stalls: with `sqlite_synchronous = "full"`, SQLite would fsync the
//! write-ahead log inside every ingest commit, and the writer would wait for the disk before
//! starting the next batch. Instead the writer connection commits with `synchronous=NORMAL`
//! and the writer task fsyncs the WAL file itself (see [`SqliteStore::wal`]) before it
//! acknowledges a batch: the same guarantee as FULL (a 202 means on disk), but one fsync covers
//! every batch committed meanwhile and the next batch is built while the disk works.
//! Checkpoints run in the background instead of inside a commit. Every connection opens the
//! database through herald's thin file system layer over SQLite's (`vfs`), which hands each
//! commit's frames to the log in a few large writes instead of two `pwrite`s per frame.
//!
//! A bounded log: a background (passive) checkpoint copies what it can, but cannot finish
//! while readers still use the log, and SQLite rewinds the log only after a checkpoint that
//! finished. Under sustained ingest and polling that never happens, and the log grew by
//! gigabytes. So the writer owns the bound: once the `-wal` file passes
//! `ingest.sqlite_wal_max_bytes`, it runs a RESTART checkpoint between two batches (which
//! waits for the readers of the log to finish and copies the rest, so that the next batch
//! writes the log from its start again), and `journal_size_limit` cuts the file back to the
//! limit when the log restarts. RESTART rather than TRUNCATE: a truncated file must grow
//! again, and every growth makes the next WAL sync write file metadata too.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqliteConnection, SqlitePool};

mod batch;
mod connections;
mod vfs;

use super::ingest::{self, IngestJob, Stored};
use super::{Result, StoreError, StoreOptions};
use crate::config::Synchronous;
use crate::security::files::{private_dir, private_file};
use batch::Batch;
use connections::Connections;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// Runs the migrations on a connection of its own with foreign keys off, as rebuilding a
/// table requires (SQLite cannot add a constraint in place; dropping the old table must not
/// cascade), and refuses a result that breaks a foreign key.
async fn migrate(connect: &SqliteConnectOptions) -> Result<()> {
    let mut conn = SqliteConnection::connect_with(&connect.clone().foreign_keys(false)).await?;
    MIGRATOR.run(&mut conn).await?;
    let broken: Vec<(String,)> = sqlx::query_as("PRAGMA foreign_key_check")
        .fetch_all(&mut conn)
        .await?;
    if let Some((table,)) = broken.first() {
        return Err(StoreError::Other(format!(
            "a migration broke a foreign key of {table}"
        )));
    }
    conn.close().await?;
    Ok(())
}

/// Transactions outside ingest (users, keys, email claims) and the background checkpoints.
/// Every sqlx SQLite connection runs its statements on its own thread.
const POOL_SIZE: u32 = 8;

/// How long a connection waits for a lock another one holds.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How often the background checkpoint copies the WAL into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// How many background passes finish between the log passing its limit and the writer's
/// RESTART, which pauses ingest while it copies and syncs what they left: run back to back,
/// each copies what arrived during the one before (one may already be under way when they
/// are asked for, one copies the last quarter of a second, the last only the few batches
/// since). Measured at full ingest (`wrk -c64`, 12 s, 30–40 restarts): after one pass the
/// restarts took 25 ms each (p50), after three 8.5–8.7 ms; the load harness's ingest p99 went
/// from 37–41 ms to 24–25 ms at the same rate. Passes every 20 ms instead (and one before the
/// restart) gave 6 ms, but cost the harness a quarter of its ingest rate.
const PASSES_BEFORE_RESTART: u64 = 3;

pub struct SqliteStore {
    /// Every statement and transaction outside ingest batches.
    pub(super) connections: Connections,
    /// The writer connection, held rather than pooled: sqlx's pool pings a connection on every
    /// release (and, by default, every acquire), one more round trip to its thread each. On the
    /// writer that was two of five per batch (`examples/batches`, one result per batch: 446–462
    /// µs with the acquire's alone, 398–402 µs without it). `None` once closed.
    writer: tokio::sync::Mutex<Option<SqliteConnection>>,
    wal: Option<Arc<WalFile>>,
    wal_path: PathBuf,
    checkpoints: AbortOnDrop,
    background: Arc<Background>,
    /// Set when the log passed its limit: the background pass that must finish before the
    /// writer restarts the log (0: none asked for).
    restart_after: AtomicU64,
    options: StoreOptions,
}

impl SqliteStore {
    pub async fn open(path: &Path, options: StoreOptions) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            private_dir(dir)
                .map_err(|e| StoreError::Other(format!("cannot create {}: {e}", dir.display())))?;
        }
        private_file(path)
            .map_err(|e| StoreError::Other(format!("cannot create {}: {e}", path.display())))?;
        let full = options.synchronous == Synchronous::Full;
        vfs::register().map_err(StoreError::Other)?;
        let connect = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .vfs(vfs::NAME)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(if full {
                SqliteSynchronous::Full
            } else {
                SqliteSynchronous::Normal
            })
            .busy_timeout(BUSY_TIMEOUT)
            .foreign_keys(true)
            // Each result lands on a few random index leaves (per-user keys); every dirty page
            // goes to the WAL whole, so small pages write far less per result. Measured with the
            // load harness: 4 KiB pages 8,500 results/s, 2 KiB 12,400.
            .page_size(2048)
            .pragma("temp_store", "memory")
            .pragma("wal_autocheckpoint", "0")
            .pragma("journal_size_limit", options.wal_max_bytes.to_string());
        // The writer connection lives as long as herald: while it is open, the WAL file stays.
        let writer = connect
            .clone()
            .synchronous(SqliteSynchronous::Normal)
            .connect()
            .await?;
        migrate(&connect).await?;
        let pool = SqlitePoolOptions::new()
            .max_connections(POOL_SIZE)
            // A file connection cannot go stale; the ping would cost a hop to its thread.
            .test_before_acquire(false)
            .connect_with(connect.clone())
            .await?;
        let wal = if full {
            Some(Arc::new(WalFile::open(path)?))
        } else {
            None
        };
        let background = Arc::new(Background::default());
        let checkpoints = AbortOnDrop(tokio::spawn(checkpoint(pool.clone(), background.clone())));
        let connections = Connections::open(&connect, pool).await?;
        Ok(Self {
            connections,
            writer: tokio::sync::Mutex::new(Some(writer)),
            wal,
            wal_path: wal_path(path),
            checkpoints,
            background,
            restart_after: AtomicU64::new(0),
            options,
        })
    }

    /// The write-ahead log, when acknowledging an ingest batch must wait for it to be synced.
    pub fn wal(&self) -> Option<Arc<WalFile>> {
        self.wal.clone()
    }

    /// Checkpoints the write-ahead log completely and restarts it, if it has grown past
    /// `wal_max_bytes`; on the writer connection, so that it runs between two batches. The
    /// size is the file's (a stat, no query): once restarted, the log grows the file past the
    /// limit only when the log itself is that long.
    pub async fn rewind_wal(&self) -> Result<Option<WalRewind>> {
        let bytes = std::fs::metadata(&self.wal_path).map_or(0, |m| m.len());
        if bytes <= self.options.wal_max_bytes {
            // The log restarted by itself meanwhile (a quiet moment): nothing is pending.
            self.restart_after.store(0, Ordering::SeqCst);
            return Ok(None);
        }
        // First background passes copy (and sync) what they can without stopping ingest; the
        // restart after them has only the last batches to copy. Without them, the restart
        // copied up to a quarter of a second of writes and synced the database file while
        // ingest waited (p99 80 ms in the load harness).
        let passes = self.background.passes.load(Ordering::SeqCst);
        match self.restart_after.load(Ordering::SeqCst) {
            0 => {
                let after = passes + PASSES_BEFORE_RESTART;
                self.restart_after.store(after, Ordering::SeqCst);
                self.background.run_until(after);
                return Ok(None);
            }
            after if passes < after => return Ok(None),
            _ => self.restart_after.store(0, Ordering::SeqCst),
        }
        let started = std::time::Instant::now();
        // Without waiting: a RESTART blocked by readers would sleep in SQLite's busy handler
        // (1, 2, 5, 10… ms) while ingest waits (p99 80 ms in the load harness). Copied is
        // copied; if a reader is still on the log, the next batch tries again.
        let mut writer = self.writer.lock().await;
        let conn = open_writer(&mut writer)?;
        sqlx::query("PRAGMA busy_timeout = 0").execute(&mut *conn).await?;
        let checkpoint = sqlx::query_as("PRAGMA wal_checkpoint(RESTART)")
            .fetch_one(&mut *conn)
            .await;
        let restore = format!("PRAGMA busy_timeout = {}", BUSY_TIMEOUT.as_millis());
        sqlx::query(&restore).execute(&mut *conn).await?;
        let (busy, _, _): (i64, i64, i64) = checkpoint?;
        Ok(Some(WalRewind {
            bytes,
            limit: self.options.wal_max_bytes,
            complete: busy == 0,
            took: started.elapsed(),
        }))
    }

    pub async fn close(&self) {
        self.checkpoints.0.abort();
        self.connections.close().await;
        if let Some(writer) = self.writer.lock().await.take() {
            let _ = writer.close().await;
        }
    }

    /// Stores a batch in one transaction, in three round trips to SQLite's connection thread.
    /// The transaction is managed by hand (statements prefixed with `BEGIN IMMEDIATE`,
    /// suffixed with `COMMIT`) so that no round trip is spent on it alone.
    pub async fn ingest_batch(&self, jobs: &[IngestJob], now: i64) -> Result<Stored> {
        let clock = self.options.clock(now);
        let mut writer = self.writer.lock().await;
        let mut batch = Batch::new(open_writer(&mut writer)?);
        let result = ingest::process(&mut batch, jobs, &clock).await;
        if result.is_err() {
            // Whatever failed, leave the connection outside any transaction.
            let _ = sqlx::query("ROLLBACK").execute(&mut *batch.conn).await;
        }
        result
    }
}

/// The writer connection, unless the store was closed.
fn open_writer(writer: &mut Option<SqliteConnection>) -> Result<&mut SqliteConnection> {
    writer.as_mut().ok_or(StoreError::Sqlx(sqlx::Error::PoolClosed))
}

/// Copies committed pages into the database file, off the ingest path. PASSIVE never waits for
/// readers or the writer; whatever it cannot copy now it copies next time.
async fn checkpoint(pool: SqlitePool, background: Arc<Background>) {
    let mut every = tokio::time::interval(CHECKPOINT_EVERY);
    // Ticks missed while passes ran back to back are not made up for.
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        if background.passes.load(Ordering::SeqCst) >= background.wanted.load(Ordering::SeqCst) {
            tokio::select! {
                _ = every.tick() => {}
                () = background.wake.notified() => {}
            }
        }
        if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&pool).await {
            tracing::warn!(%error, "WAL checkpoint failed");
        }
        background.passes.fetch_add(1, Ordering::SeqCst);
    }
}

/// What a rewind of the write-ahead log found and did.
#[derive(Debug, Clone, Copy)]
pub struct WalRewind {
    /// The log's size before.
    pub bytes: u64,
    /// `ingest.sqlite_wal_max_bytes`.
    pub limit: u64,
    /// Whether the log restarted (a reader still on it makes the writer try after the next
    /// batch instead of waiting).
    pub complete: bool,
    pub took: Duration,
}

fn wal_path(database: &Path) -> PathBuf {
    let mut path = database.as_os_str().to_owned();
    path.push("-wal");
    PathBuf::from(path)
}

/// The `-wal` file next to the database, synced by the ingest writer before it acknowledges.
pub struct WalFile {
    path: PathBuf,
    file: Mutex<File>,
}

impl WalFile {
    fn open(database: &Path) -> Result<Self> {
        let path = wal_path(database);
        let file = File::open(&path).map_err(|e| {
            StoreError::Other(format!("cannot open the write-ahead log {}: {e}", path.display()))
        })?;
        Ok(Self {
            path,
            file: Mutex::new(file),
        })
    }

    /// The log's size now (0 when SQLite has just removed it).
    pub fn bytes(&self) -> u64 {
        std::fs::metadata(&self.path).map_or(0, |m| m.len())
    }

    /// Makes everything committed so far durable. SQLite recreates the WAL file only after
    /// checkpointing all of it into the database; if that happened, sync the new one.
    pub fn sync(&self) -> std::io::Result<()> {
        use std::os::unix::fs::MetadataExt;
        let mut file = self
            .file
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if std::fs::metadata(&self.path)?.ino() != file.metadata()?.ino() {
            *file = File::open(&self.path)?;
        }
        file.sync_data()
    }
}

/// The background checkpoint: run back to back when the writer is about to restart the log,
/// and counting its passes so that the writer knows when they have finished.
#[derive(Default)]
struct Background {
    wake: tokio::sync::Notify,
    passes: AtomicU64,
    /// Passes run one after another until this many have finished.
    wanted: AtomicU64,
}

impl Background {
    fn run_until(&self, passes: u64) {
        self.wanted.fetch_max(passes, Ordering::SeqCst);
        self.wake.notify_one();
    }
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

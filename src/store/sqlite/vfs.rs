//! A thin layer over SQLite's own file system ("unix"), registered as [`NAME`], that hands each
//! commit's frames to the write-ahead log in a few large writes instead of two per frame.
//!
//! SQLite writes a frame of the log as two `pwrite`s, its 24-byte header and then its page,
//! and an ingest batch of 28 results writes about 200 frames, 400 KiB. On these machines a
//! `pwrite` costs 4.5 µs whatever its size up to 32 KiB (ext4 takes the inode lock and stamps
//! the file's times each time; 400 KiB in one call took 18 µs): the commit spent most of its
//! time, and the machine a fifth of a core, in those calls.
//!
//! So writes that continue one another are gathered in memory and written out together, in
//! pieces of [`PIECE`] (seven calls instead of 400 for such a batch):
//! - when a commit's last frame is complete (the frame header that carries the database size
//!   after the commit, then its page), where an error still fails the commit;
//! - before anything else reads, syncs, truncates or closes the log, when a write does not
//!   continue the gathered ones, and past [`MAX_GATHERED`];
//! - when the connection gives up the log's write lock (the end of every write transaction,
//!   committed or rolled back): frames of a transaction that spilled and then rolled back go
//!   out while no other connection may write the log, exactly as "unix" would have written
//!   them, never later over another connection's frames;
//! - and, as the guarantee, whenever SQLite publishes frames to other connections: it updates
//!   the log's index only after a memory barrier on the database file (`xShmBarrier`), which
//!   here first writes out whatever its connection's log still holds. No reader can be told of
//!   a frame that is not in the file. An error there cannot be returned (the barrier has no
//!   result); by then a commit's pages are written (its last frame was written out with an
//!   error returned), and what remains is at most a rewritten frame header, which a crash
//!   recovery needs: herald stops rather than go on without it.
//!
//! Only while the connection holds the log's write lock through shared memory (`xShmLock`):
//! with `locking_mode=EXCLUSIVE` SQLite takes no such lock and may call no barrier (its index
//! can be in the heap), and the log is written through as by "unix".
//!
//! What is gathered stays under [`MAX_GATHERED`] plus a page per connection. The file format
//! is SQLite's, unchanged: any SQLite opens herald's database. Everything else goes to "unix"
//! untouched: locks and shared memory (the write lock's release is only watched), and the
//! database file's reads and writes.
#![allow(unsafe_code)] // SQLite's VFS interface is C: raw pointers and callbacks.

use std::ffi::{CString, c_int, c_void};
use std::ptr;
use std::sync::{Mutex, OnceLock};

use libsqlite3_sys as ffi;

/// The name connections open the database with (`vfs=`).
pub(super) const NAME: &str = "herald-gathered-wal";

/// Past this many gathered bytes they are written out: a large transaction does not grow
/// the buffer without bound. A batch of 28 results writes about 400 KiB.
const MAX_GATHERED: usize = 4 << 20;

/// The most handed to "unix" in one write: it never writes more than a page itself, and
/// masks a length to 17 bits (`seekAndWriteFd`), so 128 KiB would become a write of nothing.
const PIECE: usize = 64 << 10;
const _: () = assert!(PIECE < 1 << 17);

/// The size of a frame header in the log; bytes 4..8 are nonzero only in a commit's last frame.
const FRAME_HEADER: usize = 24;

/// The wal-index lock slot a connection holds exclusively while it writes the log
/// (`WAL_WRITE_LOCK`).
const WRITE_LOCK: c_int = 0;

/// Registers the file system once; later calls say how the first went.
pub(super) fn register() -> Result<(), String> {
    static REGISTERED: OnceLock<Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            let name = CString::new(NAME).map_err(|e| e.to_string())?;
            // SAFETY: `sqlite3_vfs_find` initializes SQLite and returns a registered VFS, which
            // lives as long as the process; the copy and its name are leaked, as SQLite keeps
            // the pointers.
            unsafe {
                let unix = ffi::sqlite3_vfs_find(c"unix".as_ptr());
                if unix.is_null() {
                    return Err("SQLite has no \"unix\" file system".into());
                }
                let mut vfs = *unix;
                vfs.zName = name.into_raw();
                vfs.szOsFile = extra_offset(unix) + size_of::<Extra>() as c_int;
                vfs.xOpen = Some(open);
                vfs.pNext = ptr::null_mut();
                UNIX.get_or_init(|| Unix(unix));
                let rc = ffi::sqlite3_vfs_register(Box::into_raw(Box::new(vfs)), 0);
                if rc == ffi::SQLITE_OK {
                    Ok(())
                } else {
                    Err(format!("registering SQLite's file system failed ({rc})"))
                }
            }
        })
        .clone()
}

/// The VFS that does the work.
struct Unix(*mut ffi::sqlite3_vfs);
// SAFETY: SQLite's VFS objects are immutable once registered and safe to call from any thread.
unsafe impl Send for Unix {}
unsafe impl Sync for Unix {}
static UNIX: OnceLock<Unix> = OnceLock::new();

/// herald's part of a file object, after the default VFS's own. A file object belongs to one
/// connection, which SQLite uses from one thread at a time.
struct Extra {
    /// The default VFS's methods for this file, which do the work.
    inner: *const ffi::sqlite3_io_methods,
    /// A log: its database file, which flushes it at every barrier (null: write through).
    /// A database: its log, while open.
    peer: *mut ffi::sqlite3_file,
    /// A database: its connection holds the log's write lock through `xShmLock`, which it
    /// gives back through `xShmLock` too, and publishes frames after a barrier.
    write_locked: bool,
    /// A log: writes not yet in the file, from `start` on.
    gathered: Vec<u8>,
    start: i64,
    /// A log: the last write was the header of a commit's last frame.
    commit_header: bool,
}

/// Where [`Extra`] sits in a file object: after the default VFS's part, aligned.
///
/// SAFETY: `unix` is the registered "unix" VFS.
unsafe fn extra_offset(unix: *const ffi::sqlite3_vfs) -> c_int {
    let align = align_of::<Extra>() as c_int;
    // SAFETY: as the caller promises.
    let size = unsafe { (*unix).szOsFile };
    (size + align - 1) / align * align
}

/// Where a file object of this VFS keeps its `Extra` (written by `open`).
///
/// SAFETY: `file` is a file object of this VFS, of `szOsFile` bytes.
unsafe fn extra_ptr(file: *mut ffi::sqlite3_file) -> *mut Extra {
    let unix = UNIX.get().map_or(ptr::null_mut(), |u| u.0);
    // SAFETY: `Extra` fits after the default VFS's part (`register` sized the object so).
    unsafe { file.cast::<u8>().add(extra_offset(unix) as usize).cast::<Extra>() }
}

/// SAFETY: `file` is a file object of this VFS that `open` set up, and no other reference to
/// its `Extra` is alive while the one returned is used.
unsafe fn extra_of<'f>(file: *mut ffi::sqlite3_file) -> &'f mut Extra {
    // SAFETY: as the caller promises.
    unsafe { &mut *extra_ptr(file) }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Database,
    Log,
}

/// herald's method tables, one per table of the default VFS and role (in practice two).
struct Tables(Vec<(usize, Role, &'static ffi::sqlite3_io_methods)>);
// SAFETY: the tables hold function pointers and are never written after creation.
unsafe impl Send for Tables {}
static TABLES: Mutex<Tables> = Mutex::new(Tables(Vec::new()));

fn table(inner: &'static ffi::sqlite3_io_methods, role: Role) -> &'static ffi::sqlite3_io_methods {
    let key = ptr::from_ref(inner) as usize;
    let mut tables = TABLES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(&(_, _, table)) = tables.0.iter().find(|(k, r, _)| *k == key && *r == role) {
        return table;
    }
    let mut ours = *inner;
    match role {
        Role::Database => {
            ours.xClose = Some(database_close);
            ours.xShmLock = Some(database_shm_lock);
            ours.xShmBarrier = Some(database_barrier);
        }
        Role::Log => {
            ours.xClose = Some(log_close);
            ours.xWrite = Some(log_write);
            ours.xRead = Some(log_read);
            ours.xSync = Some(log_sync);
            ours.xTruncate = Some(log_truncate);
            ours.xFileSize = Some(log_size);
        }
    }
    let ours: &'static ffi::sqlite3_io_methods = Box::leak(Box::new(ours));
    tables.0.push((key, role, ours));
    ours
}

/// Whether `methods` is one of herald's tables for `role` (only then has the file an `Extra`).
fn is_ours(methods: *const ffi::sqlite3_io_methods, role: Role) -> bool {
    let tables = TABLES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    tables
        .0
        .iter()
        .any(|&(_, r, table)| r == role && ptr::eq(table, methods))
}

unsafe extern "C" fn open(
    _vfs: *mut ffi::sqlite3_vfs,
    name: ffi::sqlite3_filename,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    let Some(unix) = UNIX.get().map(|u| u.0) else {
        return ffi::SQLITE_ERROR;
    };
    // SAFETY: SQLite hands a file object of `szOsFile` bytes; the default VFS fills its part.
    unsafe {
        let Some(inner_open) = (*unix).xOpen else {
            return ffi::SQLITE_ERROR;
        };
        let rc = inner_open(unix, name, file, flags, out_flags);
        if rc != ffi::SQLITE_OK || (*file).pMethods.is_null() {
            return rc;
        }
        let role = if flags & ffi::SQLITE_OPEN_WAL != 0 {
            Role::Log
        } else if flags & ffi::SQLITE_OPEN_MAIN_DB != 0 {
            Role::Database
        } else {
            // Journals and temporary files: the default VFS's own methods; no `Extra`.
            return rc;
        };
        let inner = &*(*file).pMethods;
        let database = match role {
            Role::Log => ffi::sqlite3_database_file_object(name),
            Role::Database => ptr::null_mut(),
        };
        let peer = if !database.is_null() && is_ours((*database).pMethods, Role::Database) {
            database
        } else {
            ptr::null_mut()
        };
        ptr::write(
            extra_ptr(file),
            Extra {
                inner,
                peer,
                write_locked: false,
                gathered: Vec::new(),
                start: 0,
                commit_header: false,
            },
        );
        if !peer.is_null() {
            extra_of(peer).peer = file;
        }
        (*file).pMethods = table(inner, role);
        rc
    }
}

/// Writes out what the log `extra` of `file` gathered, in pieces of [`PIECE`]. What a failed
/// write did not take stays gathered, for the next attempt.
///
/// SAFETY: `file` is a log of this VFS and `extra` its `Extra`.
unsafe fn flush(extra: &mut Extra, file: *mut ffi::sqlite3_file) -> c_int {
    extra.commit_header = false;
    // SAFETY: as the caller promises.
    let Some(write) = (unsafe { (*extra.inner).xWrite }) else {
        return ffi::SQLITE_IOERR_WRITE;
    };
    let mut written = 0;
    let mut rc = ffi::SQLITE_OK;
    for piece in extra.gathered.chunks(PIECE) {
        let offset = extra.start + written as i64;
        // SAFETY: the default VFS's write on its own part of the file object (disjoint from
        // `extra`), of at most `PIECE` bytes.
        rc = unsafe { write(file, piece.as_ptr().cast(), piece.len() as c_int, offset) };
        if rc != ffi::SQLITE_OK {
            break;
        }
        written += piece.len();
    }
    extra.gathered.drain(..written);
    extra.start += written as i64;
    rc
}

/// Whether the log `extra` may gather: its connection holds the write lock through shared
/// memory, so the lock's release and the barrier write out what it gathers.
///
/// SAFETY: `extra` is a log's `Extra`; its peer, if any, is its open database file.
unsafe fn gathers(extra: &Extra) -> bool {
    // SAFETY: as the caller promises; only a flag of the peer's `Extra` is read.
    !extra.peer.is_null() && unsafe { extra_of(extra.peer).write_locked }
}

unsafe extern "C" fn log_write(
    file: *mut ffi::sqlite3_file,
    data: *const c_void,
    amount: c_int,
    offset: i64,
) -> c_int {
    // SAFETY: SQLite calls this on a log this VFS opened, with `amount` readable bytes.
    unsafe {
        let extra = extra_of(file);
        let Some(write) = (*extra.inner).xWrite else {
            return ffi::SQLITE_IOERR_WRITE;
        };
        let Ok(length) = usize::try_from(amount) else {
            return ffi::SQLITE_IOERR_WRITE;
        };
        if !gathers(extra) {
            let rc = flush(extra, file);
            if rc != ffi::SQLITE_OK {
                return rc;
            }
            return write(file, data, amount, offset);
        }
        let continues = extra.start + extra.gathered.len() as i64 == offset;
        if !extra.gathered.is_empty() && !continues {
            let rc = flush(extra, file);
            if rc != ffi::SQLITE_OK {
                return rc;
            }
        }
        if extra.gathered.is_empty() {
            extra.start = offset;
        }
        let bytes = std::slice::from_raw_parts(data.cast::<u8>(), length);
        extra.gathered.extend_from_slice(bytes);
        let completes_commit = extra.commit_header;
        extra.commit_header = length == FRAME_HEADER && bytes[4..8] != [0; 4];
        if completes_commit || extra.gathered.len() >= MAX_GATHERED {
            return flush(extra, file);
        }
        ffi::SQLITE_OK
    }
}

unsafe extern "C" fn log_read(
    file: *mut ffi::sqlite3_file,
    data: *mut c_void,
    amount: c_int,
    offset: i64,
) -> c_int {
    // SAFETY: SQLite calls this on a log this VFS opened.
    unsafe {
        let extra = extra_of(file);
        let end = extra.start + extra.gathered.len() as i64;
        let overlaps = offset < end && offset + i64::from(amount) > extra.start;
        if overlaps {
            let rc = flush(extra, file);
            if rc != ffi::SQLITE_OK {
                return rc;
            }
        }
        match (*extra.inner).xRead {
            Some(read) => read(file, data, amount, offset),
            None => ffi::SQLITE_IOERR_READ,
        }
    }
}

/// The size of the log counts what is gathered: SQLite asks it (to cut the log back to
/// `journal_size_limit`) while a rewritten frame header may still be gathered, and ignores
/// an error of that call.
unsafe extern "C" fn log_size(file: *mut ffi::sqlite3_file, size: *mut i64) -> c_int {
    // SAFETY: SQLite calls this on a log this VFS opened, with room for the size.
    unsafe {
        let extra = extra_of(file);
        let Some(inner_size) = (*extra.inner).xFileSize else {
            return ffi::SQLITE_IOERR_FSTAT;
        };
        let rc = inner_size(file, size);
        if rc == ffi::SQLITE_OK && !extra.gathered.is_empty() {
            *size = (*size).max(extra.start + extra.gathered.len() as i64);
        }
        rc
    }
}

/// The log's sync and truncation: written out first, then the default VFS's.
macro_rules! flushed_first {
    ($name:ident, $method:ident ( $($arg:ident : $ty:ty),* )) => {
        unsafe extern "C" fn $name(file: *mut ffi::sqlite3_file, $($arg: $ty),*) -> c_int {
            // SAFETY: SQLite calls this on a log this VFS opened.
            unsafe {
                let extra = extra_of(file);
                let rc = flush(extra, file);
                if rc != ffi::SQLITE_OK {
                    return rc;
                }
                match (*extra.inner).$method {
                    Some(method) => method(file, $($arg),*),
                    None => ffi::SQLITE_IOERR,
                }
            }
        }
    };
}

flushed_first!(log_sync, xSync(flags: c_int));
flushed_first!(log_truncate, xTruncate(size: i64));

unsafe extern "C" fn log_close(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: SQLite closes a log this VFS opened once.
    unsafe {
        let flushed = flush(extra_of(file), file);
        close(file, flushed)
    }
}

/// Closes a log or a database after `flushed` (the result of writing out the log): unlinks
/// its peer, which from now on writes through or has no log, drops its `Extra` and closes it
/// in the default VFS. The first error wins.
///
/// SAFETY: SQLite closes `file`, a file this VFS opened, once; its `Extra` is not used again.
unsafe fn close(file: *mut ffi::sqlite3_file, flushed: c_int) -> c_int {
    // SAFETY: as the caller promises; the peer's `Extra` is another file's.
    unsafe {
        let extra = extra_of(file);
        if !extra.peer.is_null() {
            extra_of(extra.peer).peer = ptr::null_mut();
        }
        let inner = extra.inner;
        ptr::drop_in_place(ptr::from_mut(extra));
        let closed = (*inner).xClose.map_or(ffi::SQLITE_OK, |close| close(file));
        if flushed == ffi::SQLITE_OK {
            closed
        } else {
            flushed
        }
    }
}

/// Writes out the log of the database `file`, if it has one open.
///
/// SAFETY: `file` is a database this VFS opened; its peer, if any, is its open log.
unsafe fn flush_log_of(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: as the caller promises; the database's and the log's `Extra` are distinct.
    unsafe {
        let log = extra_of(file).peer;
        if log.is_null() {
            return ffi::SQLITE_OK;
        }
        flush(extra_of(log), log)
    }
}

unsafe extern "C" fn database_shm_lock(
    file: *mut ffi::sqlite3_file,
    offset: c_int,
    count: c_int,
    flags: c_int,
) -> c_int {
    let covers_write_lock = offset <= WRITE_LOCK && WRITE_LOCK < offset + count;
    // SAFETY: SQLite calls this on a database this VFS opened.
    unsafe {
        if covers_write_lock && flags == ffi::SQLITE_SHM_UNLOCK | ffi::SQLITE_SHM_EXCLUSIVE {
            extra_of(file).write_locked = false;
            if flush_log_of(file) != ffi::SQLITE_OK {
                // Frames of a transaction that did not commit (a commit's are written by
                // now): nobody will read them; they must not reach the file once another
                // connection may write the log.
                let log = extra_of(file).peer;
                extra_of(log).gathered.clear();
            }
        }
        let rc = match (*extra_of(file).inner).xShmLock {
            Some(lock) => lock(file, offset, count, flags),
            None => ffi::SQLITE_IOERR_SHMLOCK,
        };
        if rc == ffi::SQLITE_OK
            && covers_write_lock
            && flags == ffi::SQLITE_SHM_LOCK | ffi::SQLITE_SHM_EXCLUSIVE
        {
            extra_of(file).write_locked = true;
        }
        rc
    }
}

unsafe extern "C" fn database_barrier(file: *mut ffi::sqlite3_file) {
    // SAFETY: SQLite calls this on a database this VFS opened; its peer is its open log.
    unsafe {
        if flush_log_of(file) != ffi::SQLITE_OK {
            tracing::error!(
                "writing the write-ahead log failed as SQLite published a commit; stopping, \
                 since a crash recovery would need what could not be written"
            );
            std::process::abort();
        }
        if let Some(barrier) = (*extra_of(file).inner).xShmBarrier {
            barrier(file);
        }
    }
}

unsafe extern "C" fn database_close(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: SQLite closes a database this VFS opened once, normally after its log; if the
    // log is still open, it is written out and writes through from now on.
    unsafe {
        let flushed = flush_log_of(file);
        close(file, flushed)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use rusqlite::{Connection, OpenFlags};

    /// The write calls this thread has made (the kernel's I/O accounting).
    fn writes() -> u64 {
        let io = std::fs::read_to_string("/proc/thread-self/io").expect("I/O accounting");
        io.lines()
            .find_map(|line| line.strip_prefix("syscw: "))
            .and_then(|n| n.parse().ok())
            .expect("syscw")
    }

    fn open(path: &Path, vfs: &str) -> Connection {
        connect(path, vfs, "")
    }

    /// A connection through `vfs` in WAL mode, `first` run before anything else.
    fn connect(path: &Path, vfs: &str, first: &str) -> Connection {
        super::register().expect("register");
        let conn = Connection::open_with_flags_and_vfs(path, OpenFlags::default(), vfs).expect("open");
        conn.execute_batch(&format!(
            "{first} PRAGMA page_size = 2048; PRAGMA journal_mode = wal; \
             PRAGMA synchronous = normal; PRAGMA wal_autocheckpoint = 0; \
             CREATE TABLE IF NOT EXISTS t (k BLOB PRIMARY KEY, v BLOB NOT NULL);"
        ))
        .expect("set up");
        conn
    }

    fn count(conn: &Connection) -> usize {
        conn.query_row("SELECT count(*) FROM t", [], |row| row.get(0))
            .expect("count")
    }

    fn integrity(conn: &Connection) -> String {
        conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .expect("integrity check")
    }

    /// Inserts `rows` rows at random places of the key's index, as ingest does; the write
    /// calls the transaction made.
    fn insert(conn: &Connection, rows: usize) -> u64 {
        transaction(conn, rows, true)
    }

    /// `insert`, committed or rolled back.
    fn transaction(conn: &Connection, rows: usize, commit: bool) -> u64 {
        let before = writes();
        let tx = conn.unchecked_transaction().expect("begin");
        let mut insert = tx
            .prepare_cached("INSERT INTO t VALUES (randomblob(16), randomblob(300))")
            .expect("prepare");
        for _ in 0..rows {
            insert.execute([]).expect("insert");
        }
        drop(insert);
        if commit {
            tx.commit().expect("commit");
        } else {
            tx.rollback().expect("rollback");
        }
        writes() - before
    }

    #[test]
    fn a_commit_reaches_the_log_in_a_few_large_writes_not_two_per_frame() {
        let dir = tempfile::tempdir().expect("tempdir");
        let unix = open(&dir.path().join("unix.db"), "unix");
        let gathered = open(&dir.path().join("gathered.db"), super::NAME);
        // The first commits write the log's header and grow the tree.
        insert(&unix, 500);
        insert(&gathered, 500);
        let by_unix = insert(&unix, 300);
        let by_herald = insert(&gathered, 300);
        assert!(by_unix >= 100, "the default file system wrote {by_unix} times");
        // About 70 frames, 140 KiB: three pieces.
        assert!(
            by_herald <= 3,
            "{by_herald} writes, against {by_unix} of the default file system"
        );
    }

    /// A transaction that spills frames to the log and rolls back leaves them past the log's
    /// end; another connection then commits over the same place. Written out later, they
    /// would replace its frames (found in review: "database disk image is malformed").
    #[test]
    fn a_rolled_back_transaction_never_overwrites_another_connections_commit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("herald.db");
        let spilling = open(&path, super::NAME);
        let other = open(&path, super::NAME);
        insert(&spilling, 2_000);
        spilling.execute_batch("PRAGMA cache_size = 10").expect("cache");
        transaction(&spilling, 3_000, false);
        insert(&other, 3_000);
        // The spilling connection reads (a barrier) and the database is checked through "unix".
        assert_eq!(count(&spilling), 5_000);
        let plain = open(&path, "unix");
        assert_eq!(count(&plain), 5_000);
        assert_eq!(integrity(&plain), "ok");
    }

    /// Asserts that `conn`'s commits go to the log a frame at a time, as through "unix".
    fn assert_written_through(conn: &Connection) {
        insert(conn, 500);
        let writes = insert(conn, 300);
        assert!(
            writes >= 100,
            "{writes} writes: gathered without a barrier to write them out"
        );
    }

    /// With `locking_mode=EXCLUSIVE` from the start, SQLite takes no lock through shared memory
    /// and the log's index is in the heap, with no barrier: nothing may stay gathered after a
    /// commit, so nothing is gathered.
    #[test]
    fn with_the_index_in_the_heap_the_log_is_written_through() {
        let dir = tempfile::tempdir().expect("tempdir");
        let conn = connect(
            &dir.path().join("herald.db"),
            super::NAME,
            "PRAGMA locking_mode = EXCLUSIVE;",
        );
        assert_written_through(&conn);
    }

    /// The same once a connection that gathered switches to exclusive locking (found in
    /// review: the rewritten frame headers stayed gathered, and a crash lost the commits).
    #[test]
    fn after_switching_to_exclusive_locking_the_log_is_written_through() {
        let dir = tempfile::tempdir().expect("tempdir");
        let conn = open(&dir.path().join("herald.db"), super::NAME);
        insert(&conn, 500);
        conn.execute_batch(
            "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE; \
             PRAGMA journal_mode = wal;",
        )
        .expect("exclusive");
        assert_written_through(&conn);
    }

    #[test]
    fn readers_through_their_own_file_find_every_commit_in_the_log() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("herald.db");
        let writer = open(&path, super::NAME);
        // A cache of a few pages spills frames before the commit and rewrites them, and 16,000
        // rows pass what is gathered before it is written out.
        writer.execute_batch("PRAGMA cache_size = 20").expect("cache");
        let reader = open(&path, "unix");
        let mut expected = 0;
        for round in 1..=12 {
            let rows = if round % 4 == 0 { 16_000 } else { 40 };
            insert(&writer, rows);
            expected += rows;
            assert_eq!(count(&reader), expected, "after round {round}");
        }
        assert_eq!(integrity(&reader), "ok");
    }
}

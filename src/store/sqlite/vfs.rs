//! A thin layer over SQLite's own file system ("unix"), registered as [`NAME`], that hands each
//! commit's frames to the write-ahead log in one `pwrite` instead of two per frame.
//!
//! SQLite writes a frame of the log as two `pwrite`s, its 24-byte header and then its page,
//! and an ingest batch of 28 results writes about 200 frames, 400 KiB. On these machines a `pwrite`
//! costs 4.5 µs whatever its size up to 32 KiB (ext4 takes the inode lock and stamps the file's
//! times each time; 400 KiB in one call took 18 µs): the commit spent most of its time, and
//! the machine a fifth of a core, in those calls.
//!
//! So writes that continue one another are gathered in memory and written out together, in
//! pieces of [`PIECE`] (seven calls instead of 400 for such a batch):
//! - when a commit's last frame is complete (the frame header that carries the database size
//!   after the commit, then its page), where an error still fails the commit;
//! - before anything else touches the log (a read of the range, sync, truncate, size, close),
//!   when a write does not continue the gathered ones, and past [`MAX_GATHERED`];
//! - and, as the guarantee, whenever SQLite publishes frames to other connections: it updates
//!   the log's index only after a memory barrier on the database file (`xShmBarrier`), which
//!   here first writes out whatever its connection's log still holds. No reader can be told of
//!   a frame that is not in the file. An error there cannot be returned (the barrier has no
//!   result), so herald stops rather than serve pages it never wrote; nothing it stops on was
//!   acknowledged, since a batch is answered only after its frames are synced.
//!
//! The file format is SQLite's, unchanged: any SQLite opens herald's database. Everything else
//! (locks, shared memory, the database file's reads and writes) goes to "unix" untouched.
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

/// The most the default VFS writes in one call: it never writes more than a page, and cuts a
/// longer write at 128 KiB (`seekAndWriteFd`).
const PIECE: usize = 64 << 10;

/// The size of a frame header in the log; bytes 4..8 are nonzero only in a commit's last frame.
const FRAME_HEADER: usize = 24;

/// Registers the file system once; later calls say how the first went.
pub(super) fn register() -> Result<(), String> {
    static REGISTERED: OnceLock<Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            let name = CString::new(NAME).map_err(|e| e.to_string())?;
            // SAFETY: `sqlite3_vfs_find` initializes SQLite and returns its default VFS, which
            // lives as long as the process; the copy and its name are leaked, as SQLite keeps
            // the pointers.
            unsafe {
                let unix = ffi::sqlite3_vfs_find(ptr::null());
                if unix.is_null() {
                    return Err("SQLite has no default file system".into());
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

/// The default VFS that does the work.
struct Unix(*mut ffi::sqlite3_vfs);
// SAFETY: SQLite's VFS objects are immutable once registered and safe to call from any thread.
unsafe impl Send for Unix {}
unsafe impl Sync for Unix {}
static UNIX: OnceLock<Unix> = OnceLock::new();

/// herald's part of a file object, after the default VFS's own.
struct Extra {
    /// The default VFS's methods for this file, which do the work.
    inner: *const ffi::sqlite3_io_methods,
    /// A log: its database file, which flushes it at every barrier (null: write through).
    /// A database: its log, while open.
    peer: *mut ffi::sqlite3_file,
    /// A log: writes not yet in the file, from `start` on.
    gathered: Vec<u8>,
    start: i64,
    /// A log: the last write was the header of a commit's last frame.
    commit_header: bool,
}

/// Where [`Extra`] sits in a file object: after the default VFS's part, aligned.
unsafe fn extra_offset(unix: *const ffi::sqlite3_vfs) -> c_int {
    let align = align_of::<Extra>() as c_int;
    // SAFETY: the caller passes the registered default VFS.
    let size = unsafe { (*unix).szOsFile };
    (size + align - 1) / align * align
}

/// SAFETY: `file` is a file object of this VFS that `open` set up.
unsafe fn extra_of<'f>(file: *mut ffi::sqlite3_file) -> &'f mut Extra {
    let unix = UNIX.get().map_or(ptr::null_mut(), |u| u.0);
    // SAFETY: `open` wrote an `Extra` at this offset of every file object it returned.
    unsafe { &mut *file.cast::<u8>().add(extra_offset(unix) as usize).cast::<Extra>() }
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
            ours.xShmBarrier = Some(database_barrier);
        }
        Role::Log => {
            ours.xClose = Some(log_close);
            ours.xWrite = Some(log_write);
            ours.xRead = Some(log_read);
            ours.xSync = Some(log_sync);
            ours.xTruncate = Some(log_truncate);
            ours.xFileSize = Some(log_size);
            ours.xFileControl = Some(log_control);
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
            ptr::from_mut(extra_of(file)),
            Extra {
                inner,
                peer,
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

/// Writes out what the log gathered, in pieces of [`PIECE`].
///
/// SAFETY: `file` is a log of this VFS.
unsafe fn flush(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: as the caller promises.
    let extra = unsafe { extra_of(file) };
    extra.commit_header = false;
    let Some(write) = (unsafe { (*extra.inner).xWrite }) else {
        return ffi::SQLITE_IOERR_WRITE;
    };
    let mut offset = extra.start;
    let mut rc = ffi::SQLITE_OK;
    for piece in extra.gathered.chunks(PIECE) {
        // SAFETY: the default VFS's write on its own file object, of at most `PIECE` bytes.
        rc = unsafe { write(file, piece.as_ptr().cast(), piece.len() as c_int, offset) };
        if rc != ffi::SQLITE_OK {
            break;
        }
        offset += piece.len() as i64;
    }
    extra.gathered.clear();
    rc
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
        if extra.peer.is_null() {
            return write(file, data, amount, offset);
        }
        let continues = extra.start + extra.gathered.len() as i64 == offset;
        if !extra.gathered.is_empty() && !continues {
            let rc = flush(file);
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
            return flush(file);
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
            let rc = flush(file);
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

/// The log's other methods: written out first, then the default VFS's.
macro_rules! flushed_first {
    ($name:ident, $method:ident ( $($arg:ident : $ty:ty),* )) => {
        unsafe extern "C" fn $name(file: *mut ffi::sqlite3_file, $($arg: $ty),*) -> c_int {
            // SAFETY: SQLite calls this on a log this VFS opened.
            unsafe {
                let rc = flush(file);
                if rc != ffi::SQLITE_OK {
                    return rc;
                }
                match (*extra_of(file).inner).$method {
                    Some(method) => method(file, $($arg),*),
                    None => ffi::SQLITE_IOERR,
                }
            }
        }
    };
}

flushed_first!(log_sync, xSync(flags: c_int));
flushed_first!(log_truncate, xTruncate(size: i64));
flushed_first!(log_size, xFileSize(size: *mut i64));
flushed_first!(log_control, xFileControl(op: c_int, arg: *mut c_void));

unsafe extern "C" fn log_close(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: SQLite closes a log this VFS opened once; `Extra` is dropped here and not used
    // again.
    unsafe {
        let flushed = flush(file);
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

unsafe extern "C" fn database_barrier(file: *mut ffi::sqlite3_file) {
    // SAFETY: SQLite calls this on a database this VFS opened; its peer is its open log.
    unsafe {
        let extra = extra_of(file);
        if !extra.peer.is_null() && flush(extra.peer) != ffi::SQLITE_OK {
            tracing::error!(
                "writing the write-ahead log failed as SQLite published a commit; stopping, \
                 since readers would be sent to pages that are not in the file"
            );
            std::process::abort();
        }
        if let Some(barrier) = (*extra.inner).xShmBarrier {
            barrier(file);
        }
    }
}

unsafe extern "C" fn database_close(file: *mut ffi::sqlite3_file) -> c_int {
    // SAFETY: SQLite closes a database this VFS opened once, normally after its log; if the
    // log is still open, it is written out and writes through from now on.
    unsafe {
        let extra = extra_of(file);
        let mut flushed = ffi::SQLITE_OK;
        if !extra.peer.is_null() {
            flushed = flush(extra.peer);
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
        super::register().expect("register");
        let conn = Connection::open_with_flags_and_vfs(path, OpenFlags::default(), vfs).expect("open");
        conn.execute_batch(
            "PRAGMA page_size = 2048; PRAGMA journal_mode = wal; PRAGMA synchronous = normal; \
             PRAGMA wal_autocheckpoint = 0; \
             CREATE TABLE IF NOT EXISTS t (k BLOB PRIMARY KEY, v BLOB NOT NULL);",
        )
        .expect("set up");
        conn
    }

    /// Inserts `rows` rows at random places of the key's index, as ingest does; the write
    /// calls the transaction made.
    fn insert(conn: &Connection, rows: usize) -> u64 {
        let before = writes();
        let tx = conn.unchecked_transaction().expect("begin");
        let mut insert = tx
            .prepare_cached("INSERT INTO t VALUES (randomblob(16), randomblob(300))")
            .expect("prepare");
        for _ in 0..rows {
            insert.execute([]).expect("insert");
        }
        drop(insert);
        tx.commit().expect("commit");
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
            let count: usize = reader
                .query_row("SELECT count(*) FROM t", [], |row| row.get(0))
                .expect("count");
            assert_eq!(count, expected, "after round {round}");
        }
        let check: String = reader
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .expect("integrity check");
        assert_eq!(check, "ok");
    }
}

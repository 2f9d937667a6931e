//! Serves a [`Disk`] to the kernel over FUSE, so that a real herald process and a real SQLite
//! run on it.
//!
//! Mounted by the kernel directly through /dev/fuse (as root: fuser calls mount(2) itself and
//! needs no fusermount). The kernel keeps its page cache in front of this filesystem, which
//! SQLite needs: every connection maps the `-shm` file (the WAL index) with `mmap(MAP_SHARED)`,
//! and FUSE refuses that to files opened with `direct_io` (tried: herald then fails with
//! SQLITE_IOERR_SHMMAP). Keeping the WAL index in memory instead (`locking_mode=EXCLUSIVE`)
//! would mean one connection, not herald's pool. So `-shm` lives here like any file; SQLite
//! rebuilds it from the WAL after a crash, and never syncs it. Writeback caching stays off
//! (fuser does not ask for it): every `write` reaches the disk model before the call returns,
//! and `fsync`/`fdatasync` arrive here as made. The kernel's cache dies with the mount, and
//! after a power cut the filesystem is mounted afresh. The kernel keeps SQLite's `fcntl`
//! locks itself, as FUSE does for a filesystem that does not implement them.

use std::ffi::OsStr;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use fuser::{
    AccessFlags, BackgroundSession, Errno, FileAttr, FileHandle, FileType, FopenFlags, Generation, INodeNo,
    LockOwner, MountOption, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate, ReplyData, ReplyDirectory,
    ReplyEmpty, ReplyEntry, ReplyWrite, Request, TimeOrNow, WriteFlags,
};

use super::disk::{self, Attr, Disk, Kind};

/// Every change goes through this one mount, so what the kernel caches never goes stale.
const TTL: Duration = Duration::from_secs(60);

/// Mounts `disk` at `mountpoint` until the returned session is unmounted.
pub fn mount(disk: Arc<Mutex<Disk>>, mountpoint: &Path) -> std::io::Result<BackgroundSession> {
    let mut config = fuser::Config::default();
    config.mount_options = vec![MountOption::FSName("herald-powerloss".into())];
    fuser::spawn_mount(Fuse { disk }, mountpoint, &config)
}

/// Unmounts and waits for the session's thread. The kernel may end the connection with
/// `ECONNABORTED` rather than `ENODEV` when the unmount races a request of a process that was
/// just killed (seen once in CI); fuser reports that as an error, but the session is over all
/// the same, and the disk model, in memory, is untouched by it.
pub fn unmount(session: BackgroundSession) -> std::io::Result<()> {
    match session.umount_and_join() {
        Err(error) if error.kind() == std::io::ErrorKind::ConnectionAborted => Ok(()),
        other => other,
    }
}

struct Fuse {
    disk: Arc<Mutex<Disk>>,
}

impl Fuse {
    fn disk(&self) -> MutexGuard<'_, Disk> {
        self.disk
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn errno(error: disk::Error) -> Errno {
    match error {
        disk::Error::Io => Errno::EIO,
        disk::Error::NotFound => Errno::ENOENT,
        disk::Error::Exists => Errno::EEXIST,
        disk::Error::NotEmpty => Errno::ENOTEMPTY,
        disk::Error::NotDir => Errno::ENOTDIR,
        disk::Error::IsDir => Errno::EISDIR,
    }
}

fn file_type(kind: Kind) -> FileType {
    match kind {
        Kind::File => FileType::RegularFile,
        Kind::Dir => FileType::Directory,
    }
}

fn file_attr(attr: &Attr) -> FileAttr {
    FileAttr {
        ino: INodeNo(attr.ino),
        size: attr.size,
        blocks: attr.size.div_ceil(512),
        atime: attr.mtime,
        mtime: attr.mtime,
        ctime: attr.mtime,
        crtime: attr.mtime,
        kind: file_type(attr.kind),
        perm: attr.mode,
        nlink: 1,
        // Without `default_permissions` the kernel checks no permissions; the owner is shown
        // as root, who the test runs as.
        uid: 0,
        gid: 0,
        rdev: 0,
        blksize: 4096,
        flags: 0,
    }
}

fn mode_bits(mode: u32) -> u16 {
    (mode & 0o7777) as u16
}

fn reply_empty(result: disk::Result<()>, reply: ReplyEmpty) {
    match result {
        Ok(()) => reply.ok(),
        Err(error) => reply.error(errno(error)),
    }
}

fn reply_entry(result: disk::Result<Attr>, reply: ReplyEntry) {
    match result {
        Ok(attr) => reply.entry(&TTL, &file_attr(&attr), Generation(0)),
        Err(error) => reply.error(errno(error)),
    }
}

impl fuser::Filesystem for Fuse {
    fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        reply_entry(self.disk().lookup(parent.0, name), reply);
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        match self.disk().attr(ino.0) {
            Ok(attr) => reply.attr(&TTL, &file_attr(&attr)),
            Err(error) => reply.error(errno(error)),
        }
    }

    /// `ftruncate` and `chmod`; owners and times are not modelled.
    fn setattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        _uid: Option<u32>,
        _gid: Option<u32>,
        size: Option<u64>,
        _atime: Option<TimeOrNow>,
        _mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        _fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        let mut disk = self.disk();
        let changed = size
            .map_or(Ok(()), |size| disk.truncate(ino.0, size))
            .and_then(|()| mode.map_or(Ok(()), |mode| disk.set_mode(ino.0, mode_bits(mode))))
            .and_then(|()| disk.attr(ino.0));
        match changed {
            Ok(attr) => reply.attr(&TTL, &file_attr(&attr)),
            Err(error) => reply.error(errno(error)),
        }
    }

    fn mkdir(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        reply: ReplyEntry,
    ) {
        let created = self.disk().create(parent.0, name, Kind::Dir, mode_bits(mode));
        reply_entry(created, reply);
    }

    fn create(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        _flags: i32,
        reply: ReplyCreate,
    ) {
        let created = self.disk().create(parent.0, name, Kind::File, mode_bits(mode));
        match created {
            Ok(attr) => reply.created(
                &TTL,
                &file_attr(&attr),
                Generation(0),
                FileHandle(0),
                FopenFlags::empty(),
            ),
            Err(error) => reply.error(errno(error)),
        }
    }

    fn unlink(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        reply_empty(self.disk().remove(parent.0, name, Kind::File), reply);
    }

    fn rmdir(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        reply_empty(self.disk().remove(parent.0, name, Kind::Dir), reply);
    }

    fn rename(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        newparent: INodeNo,
        newname: &OsStr,
        _flags: RenameFlags,
        reply: ReplyEmpty,
    ) {
        let renamed = self.disk().rename(parent.0, name, newparent.0, newname);
        reply_empty(renamed, reply);
    }

    fn read(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyData,
    ) {
        match self.disk().read(ino.0, offset, size) {
            Ok(bytes) => reply.data(bytes),
            Err(error) => reply.error(errno(error)),
        }
    }

    fn write(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        data: &[u8],
        _write_flags: WriteFlags,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyWrite,
    ) {
        match self.disk().write(ino.0, offset, data) {
            Ok(()) => reply.written(u32::try_from(data.len()).expect("FUSE writes are small")),
            Err(error) => reply.error(errno(error)),
        }
    }

    /// Closing a file syncs nothing.
    fn flush(&self, _req: &Request, _ino: INodeNo, _fh: FileHandle, _lock: LockOwner, reply: ReplyEmpty) {
        reply.ok();
    }

    /// `fsync` and `fdatasync` alike: size is part of the content in this model.
    fn fsync(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _datasync: bool, reply: ReplyEmpty) {
        reply_empty(self.disk().sync(ino.0), reply);
    }

    fn fsyncdir(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _datasync: bool, reply: ReplyEmpty) {
        reply_empty(self.disk().sync(ino.0), reply);
    }

    fn readdir(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, offset: u64, mut reply: ReplyDirectory) {
        let entries = match self.disk().list(ino.0) {
            Ok(entries) => entries,
            Err(error) => return reply.error(errno(error)),
        };
        // Offsets say where the next call goes on. No "." and "..": the kernel does not need them.
        for (index, (name, attr)) in entries.into_iter().enumerate().skip(offset as usize) {
            if reply.add(INodeNo(attr.ino), index as u64 + 1, file_type(attr.kind), name) {
                break;
            }
        }
        reply.ok();
    }

    fn access(&self, _req: &Request, ino: INodeNo, _mask: AccessFlags, reply: ReplyEmpty) {
        reply_empty(self.disk().attr(ino.0).map(drop), reply);
    }
}

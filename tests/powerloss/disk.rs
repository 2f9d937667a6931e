//! An in-memory disk that forgets, at a power cut, everything that was not synced.
//!
//! The model, per node:
//! - a file has the content programs see (`live`) and the content as of its last
//!   `fsync`/`fdatasync` (`synced`); the writes and truncations made since are kept in order
//!   and applied to `synced` by the next sync. Size is part of the content; other metadata
//!   (mode, times) is not modelled.
//! - a directory has its live entries and its synced entries; only `fsync` on the directory
//!   makes its live entries durable (creations, unlinks, renames), as POSIX has it. That is
//!   stricter than ext4 or XFS, which also commit a new file's name with the file's first
//!   fsync. (SQLite syncs the directory the first time it syncs a WAL or journal it created.)
//!
//! A power cut (`cut_after` a number of changes, or at once) turns the disk off: every request
//! from then on fails with EIO, as on a machine that is gone. `power_on` then brings back the
//! synced state alone, as a reboot would find it.

use std::collections::{BTreeMap, HashMap};
use std::ffi::{OsStr, OsString};
use std::sync::Arc;
use std::time::SystemTime;

use tokio::sync::Notify;

pub const ROOT: u64 = 1;

/// What went wrong with a request, as the kernel is to be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The power is off.
    Io,
    NotFound,
    Exists,
    NotEmpty,
    NotDir,
    IsDir,
}

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
}

/// What the kernel needs to know about a node.
#[derive(Debug, Clone, Copy)]
pub struct Attr {
    pub ino: u64,
    pub kind: Kind,
    pub size: u64,
    pub mode: u16,
    pub mtime: SystemTime,
}

/// A change to a file's content since its last sync, replayed onto the synced content by the
/// next one.
enum Change {
    Write { offset: u64, bytes: Vec<u8> },
    Truncate(u64),
}

impl Change {
    fn apply(&self, content: &mut Vec<u8>) {
        match self {
            Change::Write { offset, bytes } => {
                let start = usize::try_from(*offset).expect("offset fits memory");
                let end = start + bytes.len();
                if content.len() < end {
                    content.resize(end, 0);
                }
                content[start..end].copy_from_slice(bytes);
            }
            Change::Truncate(size) => content.resize(usize::try_from(*size).expect("size fits memory"), 0),
        }
    }
}

enum Content {
    File {
        live: Vec<u8>,
        synced: Vec<u8>,
        unsynced: Vec<Change>,
    },
    Dir {
        live: BTreeMap<OsString, u64>,
        synced: BTreeMap<OsString, u64>,
    },
}

struct Node {
    content: Content,
    mode: u16,
    mtime: SystemTime,
}

impl Node {
    fn new(kind: Kind, mode: u16) -> Self {
        let content = match kind {
            Kind::File => Content::File {
                live: Vec::new(),
                synced: Vec::new(),
                unsynced: Vec::new(),
            },
            Kind::Dir => Content::Dir {
                live: BTreeMap::new(),
                synced: BTreeMap::new(),
            },
        };
        Self {
            content,
            mode,
            mtime: SystemTime::now(),
        }
    }
}

enum Power {
    On { changes_left: Option<u64> },
    Off,
}

/// The unsynced writes and truncations a power cut threw away, for the test's report.
#[derive(Debug, Default, Clone, Copy)]
pub struct Discarded {
    pub changes: usize,
    pub bytes: usize,
}

pub struct Disk {
    nodes: HashMap<u64, Node>,
    next_ino: u64,
    power: Power,
    went_off: Arc<Notify>,
}

impl Default for Disk {
    fn default() -> Self {
        Self {
            nodes: HashMap::from([(ROOT, Node::new(Kind::Dir, 0o755))]),
            next_ino: ROOT + 1,
            power: Power::On { changes_left: None },
            went_off: Arc::new(Notify::new()),
        }
    }
}

impl Disk {
    /// Notified once the power goes off.
    pub fn went_off(&self) -> Arc<Notify> {
        self.went_off.clone()
    }

    /// Cuts the power just before the `changes`-th change from now (a write, a truncation, a
    /// sync, a creation or a removal) is carried out.
    pub fn cut_after(&mut self, changes: u64) {
        self.power = Power::On {
            changes_left: Some(changes),
        };
    }

    pub fn cut_now(&mut self) {
        self.power = Power::Off;
        self.went_off.notify_one();
    }

    /// Reboots: every node gets back its synced content, nodes that no synced directory entry
    /// reaches are gone, and requests work again.
    pub fn power_on(&mut self) -> Discarded {
        let mut discarded = Discarded::default();
        for node in self.nodes.values_mut() {
            match &mut node.content {
                Content::File {
                    live,
                    synced,
                    unsynced,
                } => {
                    discarded.changes += unsynced.len();
                    discarded.bytes += unsynced
                        .drain(..)
                        .map(|change| match change {
                            Change::Write { bytes, .. } => bytes.len(),
                            Change::Truncate(_) => 0,
                        })
                        .sum::<usize>();
                    live.clone_from(synced);
                }
                Content::Dir { live, synced } => live.clone_from(synced),
            }
        }
        let mut reachable = vec![ROOT];
        let mut kept = HashMap::new();
        while let Some(ino) = reachable.pop() {
            if let Some(node) = self.nodes.remove(&ino) {
                if let Content::Dir { live, .. } = &node.content {
                    reachable.extend(live.values().copied());
                }
                kept.insert(ino, node);
            }
        }
        self.nodes = kept;
        self.power = Power::On { changes_left: None };
        discarded
    }

    /// Refuses every request once the power is off.
    fn powered(&self) -> Result<()> {
        match self.power {
            Power::Off => Err(Error::Io),
            Power::On { .. } => Ok(()),
        }
    }

    /// Counts a change down towards a planned power cut; refuses it if the power is off.
    fn change(&mut self) -> Result<()> {
        if let Power::On {
            changes_left: Some(left),
        } = &mut self.power
        {
            if *left == 0 {
                self.cut_now();
            } else {
                *left -= 1;
            }
        }
        self.powered()
    }

    fn node(&self, ino: u64) -> Result<&Node> {
        self.nodes.get(&ino).ok_or(Error::NotFound)
    }

    fn node_mut(&mut self, ino: u64) -> Result<&mut Node> {
        self.nodes.get_mut(&ino).ok_or(Error::NotFound)
    }

    fn entries(&self, dir: u64) -> Result<&BTreeMap<OsString, u64>> {
        match &self.node(dir)?.content {
            Content::Dir { live, .. } => Ok(live),
            Content::File { .. } => Err(Error::NotDir),
        }
    }

    fn entries_mut(&mut self, dir: u64) -> Result<&mut BTreeMap<OsString, u64>> {
        match &mut self.node_mut(dir)?.content {
            Content::Dir { live, .. } => Ok(live),
            Content::File { .. } => Err(Error::NotDir),
        }
    }

    pub fn attr(&self, ino: u64) -> Result<Attr> {
        self.powered()?;
        let node = self.node(ino)?;
        let (kind, size) = match &node.content {
            Content::File { live, .. } => (Kind::File, live.len() as u64),
            Content::Dir { live, .. } => (Kind::Dir, live.len() as u64),
        };
        Ok(Attr {
            ino,
            kind,
            size,
            mode: node.mode,
            mtime: node.mtime,
        })
    }

    pub fn lookup(&self, dir: u64, name: &OsStr) -> Result<Attr> {
        self.powered()?;
        let ino = *self.entries(dir)?.get(name).ok_or(Error::NotFound)?;
        self.attr(ino)
    }

    /// Live entries of a directory, in name order.
    pub fn list(&self, dir: u64) -> Result<Vec<(OsString, Attr)>> {
        self.powered()?;
        self.entries(dir)?
            .iter()
            .map(|(name, ino)| Ok((name.clone(), self.attr(*ino)?)))
            .collect()
    }

    pub fn create(&mut self, dir: u64, name: &OsStr, kind: Kind, mode: u16) -> Result<Attr> {
        self.change()?;
        if self.entries(dir)?.contains_key(name) {
            return Err(Error::Exists);
        }
        let ino = self.next_ino;
        self.next_ino += 1;
        self.nodes.insert(ino, Node::new(kind, mode));
        self.entries_mut(dir)?.insert(name.to_owned(), ino);
        self.attr(ino)
    }

    /// Removes a name; the node lives on for whoever has it open (and in the synced state).
    pub fn remove(&mut self, dir: u64, name: &OsStr, kind: Kind) -> Result<()> {
        self.change()?;
        let attr = self.lookup(dir, name)?;
        match (kind, attr.kind) {
            (Kind::File, Kind::Dir) => return Err(Error::IsDir),
            (Kind::Dir, Kind::File) => return Err(Error::NotDir),
            (Kind::Dir, Kind::Dir) if attr.size > 0 => return Err(Error::NotEmpty),
            _ => {}
        }
        self.entries_mut(dir)?.remove(name);
        Ok(())
    }

    pub fn rename(&mut self, dir: u64, name: &OsStr, new_dir: u64, new_name: &OsStr) -> Result<()> {
        self.change()?;
        let ino = self.entries_mut(dir)?.remove(name).ok_or(Error::NotFound)?;
        self.entries_mut(new_dir)?.insert(new_name.to_owned(), ino);
        Ok(())
    }

    pub fn read(&self, ino: u64, offset: u64, size: u32) -> Result<&[u8]> {
        self.powered()?;
        match &self.node(ino)?.content {
            Content::File { live, .. } => {
                let start = usize::try_from(offset).map_or(live.len(), |o| o.min(live.len()));
                let end = start.saturating_add(size as usize).min(live.len());
                Ok(&live[start..end])
            }
            Content::Dir { .. } => Err(Error::IsDir),
        }
    }

    pub fn write(&mut self, ino: u64, offset: u64, bytes: &[u8]) -> Result<()> {
        self.modify(
            ino,
            Change::Write {
                offset,
                bytes: bytes.to_vec(),
            },
        )
    }

    pub fn truncate(&mut self, ino: u64, size: u64) -> Result<()> {
        self.modify(ino, Change::Truncate(size))
    }

    fn modify(&mut self, ino: u64, change: Change) -> Result<()> {
        self.change()?;
        let node = self.node_mut(ino)?;
        node.mtime = SystemTime::now();
        match &mut node.content {
            Content::File { live, unsynced, .. } => {
                change.apply(live);
                unsynced.push(change);
                Ok(())
            }
            Content::Dir { .. } => Err(Error::IsDir),
        }
    }

    pub fn set_mode(&mut self, ino: u64, mode: u16) -> Result<()> {
        self.powered()?;
        self.node_mut(ino)?.mode = mode;
        Ok(())
    }

    /// `fsync`/`fdatasync` on a file (its content) or on a directory (its entries).
    pub fn sync(&mut self, ino: u64) -> Result<()> {
        self.change()?;
        match &mut self.node_mut(ino)?.content {
            Content::File { synced, unsynced, .. } => {
                for change in unsynced.drain(..) {
                    change.apply(synced);
                }
            }
            Content::Dir { live, synced } => synced.clone_from(live),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> &OsStr {
        OsStr::new(s)
    }

    fn content(disk: &Disk, path: &str) -> Result<Vec<u8>> {
        let ino = disk.lookup(ROOT, name(path))?.ino;
        Ok(disk.read(ino, 0, u32::MAX)?.to_vec())
    }

    #[test]
    fn only_synced_writes_survive_a_power_cut() {
        let mut disk = Disk::default();
        let file = disk
            .create(ROOT, name("f"), Kind::File, 0o644)
            .expect("create")
            .ino;
        disk.sync(ROOT).expect("sync the directory");
        disk.write(file, 0, b"synced").expect("write");
        disk.sync(file).expect("sync");
        disk.write(file, 0, b"SYNCED and more").expect("write");
        disk.truncate(file, 3).expect("truncate");
        assert_eq!(content(&disk, "f"), Ok(b"SYN".to_vec()));

        disk.cut_now();
        assert_eq!(disk.write(file, 0, b"x"), Err(Error::Io));
        let discarded = disk.power_on();
        assert_eq!(content(&disk, "f"), Ok(b"synced".to_vec()));
        assert_eq!(discarded.changes, 2);
    }

    #[test]
    fn names_are_durable_once_their_directory_is_synced() {
        let mut disk = Disk::default();
        let unsynced = disk
            .create(ROOT, name("unsynced"), Kind::File, 0o644)
            .expect("create")
            .ino;
        disk.write(unsynced, 0, b"lost").expect("write");
        let removed = disk
            .create(ROOT, name("removed"), Kind::File, 0o644)
            .expect("create")
            .ino;
        disk.write(removed, 0, b"kept").expect("write");
        disk.sync(removed).expect("sync the file");
        let dir = disk
            .create(ROOT, name("dir"), Kind::Dir, 0o755)
            .expect("create")
            .ino;
        disk.sync(ROOT).expect("sync the directory");
        disk.remove(ROOT, name("removed"), Kind::File).expect("unlink");
        let late = disk
            .create(ROOT, name("late"), Kind::File, 0o644)
            .expect("create")
            .ino;
        disk.sync(late).expect("sync the file, not its directory");

        disk.cut_now();
        disk.power_on();
        // Its name was synced with the directory, its content never was: empty.
        assert_eq!(content(&disk, "unsynced"), Ok(Vec::new()));
        // The unlink was not synced: the file is back.
        assert_eq!(content(&disk, "removed"), Ok(b"kept".to_vec()));
        assert_eq!(disk.lookup(ROOT, name("dir")).map(|a| a.ino), Ok(dir));
        // Created after the directory's sync: gone, however synced its content.
        assert_eq!(
            disk.lookup(ROOT, name("late")).map(|a| a.ino),
            Err(Error::NotFound)
        );
    }

    #[test]
    fn a_planned_cut_refuses_that_change_and_all_after_it() {
        let mut disk = Disk::default();
        let file = disk
            .create(ROOT, name("f"), Kind::File, 0o644)
            .expect("create")
            .ino;
        disk.sync(ROOT).expect("sync the directory");
        disk.cut_after(2);
        disk.write(file, 0, b"a").expect("first");
        disk.sync(file).expect("second");
        assert_eq!(disk.write(file, 1, b"b"), Err(Error::Io));
        assert_eq!(disk.attr(file).map(|a| a.size), Err(Error::Io));
        disk.power_on();
        assert_eq!(content(&disk, "f"), Ok(b"a".to_vec()));
    }
}

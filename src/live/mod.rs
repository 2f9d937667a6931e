//! The live inbox: what every inbox's version is now, who waits for it to change, and how
//! many connections wait.
//!
//! Every change to a user's inbox bumps its version in the database (triggers, see migration
//! 0006). After each commit the change is published here: by the ingest writer with the
//! versions its batch left, by the other write paths through [`Live::refresh`], and, on
//! PostgreSQL, from the other instances through `LISTEN/NOTIFY` ([`bus`]). Published versions
//! feed a bounded map, so that an unchanged inbox answers a poll (`304`, counts) without a
//! query, and wake the long-polls and streams waiting on that user.
//!
//! The map is only ever behind the database, never ahead, and only briefly: a version is
//! published after its commit, a cache miss reads the database, and a fill from the database
//! is dropped if anything was published while it read (a fill could otherwise bring back a
//! version older than one just published and evicted). When the bus cannot vouch for the map
//! (the PostgreSQL listener reconnects), the map is emptied and every waiter woken to re-read.

pub mod bus;
mod held;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use crate::domain::user_id::UserId;
use crate::store::{Counts, Db, Result};
pub use held::{Hold, Refused};

/// The live inbox state of this process; cheap to clone.
#[derive(Clone)]
pub struct Live(Arc<Inner>);

struct Inner {
    known: quick_cache::sync::Cache<String, Known>,
    /// Counts publications; fills and publications take turns on it (see the module docs).
    published: Mutex<u64>,
    /// Whether the map may answer: false while the PostgreSQL listener is down.
    trusted: AtomicBool,
    /// One channel per user someone waits on; the value is the last published version.
    watchers: Mutex<HashMap<String, watch::Sender<i64>>>,
    held: held::Limits,
    /// Cancelled when the process stops: streams and long-polls end instead of holding the
    /// graceful shutdown open.
    closing: CancellationToken,
}

/// What the map knows of one inbox.
#[derive(Debug, Clone, Copy)]
struct Known {
    version: i64,
    /// The counts at `version`, once a counts request has read them.
    counts: Option<Counts>,
}

/// How much the live inbox may hold.
#[derive(Debug, Clone, Copy)]
pub struct Capacity {
    /// Inboxes whose version is kept in memory.
    pub inboxes: usize,
    /// Long-polls and streams open at once, in all.
    pub held: usize,
    /// Long-polls and streams open at once for one user.
    pub held_per_user: usize,
}

impl Live {
    /// `trusted`: whether published versions are complete from the start (one process on
    /// SQLite); a PostgreSQL deployment starts untrusted until its listener is up.
    pub fn new(capacity: Capacity, trusted: bool) -> Self {
        Self(Arc::new(Inner {
            known: quick_cache::sync::Cache::new(capacity.inboxes.max(1)),
            published: Mutex::new(0),
            trusted: AtomicBool::new(trusted),
            watchers: Mutex::default(),
            held: held::Limits::new(capacity.held, capacity.held_per_user),
            closing: CancellationToken::new(),
        }))
    }

    /// The streams and long-polls open now.
    pub fn waiting(&self) -> usize {
        self.0.held.held()
    }

    /// Ends every stream and long-poll (the process is stopping).
    pub fn close(&self) {
        self.0.closing.cancel();
    }

    /// Resolves once [`Self::close`] was called.
    pub async fn closed(&self) {
        self.0.closing.cancelled().await;
    }

    /// The user's inbox version: from memory, or read from the database (and remembered).
    pub async fn version(&self, db: &Db, user: &UserId) -> Result<i64> {
        if let Some(known) = self.known(user.as_str()) {
            return Ok(known.version);
        }
        let seen = self.publications();
        let version = db.inbox_version(user).await?.unwrap_or(0);
        self.fill(
            user.as_str(),
            seen,
            Known {
                version,
                counts: None,
            },
        );
        Ok(version)
    }

    /// The user's inbox version and counts, from memory where it has them.
    pub async fn counts(&self, db: &Db, user: &UserId) -> Result<(i64, Counts)> {
        if let Some(Known {
            version,
            counts: Some(counts),
        }) = self.known(user.as_str())
        {
            return Ok((version, counts));
        }
        let seen = self.publications();
        // The version first: counts read after it are at least as new, never older.
        let version = db.inbox_version(user).await?.unwrap_or(0);
        let counts = db.inbox_counts(user).await?;
        self.fill(
            user.as_str(),
            seen,
            Known {
                version,
                counts: Some(counts),
            },
        );
        Ok((version, counts))
    }

    /// Publishes `(user, version)` pairs after their commit: the map moves forward (never
    /// back) and whoever waits on these users wakes. A negative version: the user is gone.
    pub fn publish<'a>(&self, versions: impl IntoIterator<Item = (&'a str, i64)>) {
        let mut published = self.lock_published();
        let watchers = lock(&self.0.watchers);
        for (user, version) in versions {
            if version < 0 {
                self.0.known.remove(user);
            } else if self.0.known.peek(user).is_none_or(|k| k.version < version) {
                self.0.known.insert(
                    user.to_owned(),
                    Known {
                        version,
                        counts: None,
                    },
                );
            }
            if let Some(watcher) = watchers.get(user) {
                watcher.send_if_modified(|seen| {
                    let newer = version > *seen || version < 0;
                    if newer {
                        *seen = version;
                    }
                    newer
                });
            }
        }
        *published += 1;
    }

    /// Reads the users' versions after a change made outside the ingest writer and publishes
    /// them; a user no longer in the database is published as gone.
    pub async fn refresh(&self, db: &Db, users: &[&str]) -> Result<()> {
        if users.is_empty() {
            return Ok(());
        }
        let versions = db.inbox_versions(users).await?;
        let found: HashMap<&str, i64> = versions.iter().map(|(u, v)| (u.as_str(), *v)).collect();
        self.publish(users.iter().map(|&u| (u, found.get(u).copied().unwrap_or(-1))));
        Ok(())
    }

    /// Forgets everything and wakes every waiter, which then reads the database: what was
    /// published while the bus was down is lost, so nothing in memory can be vouched for.
    pub fn reset(&self) {
        let mut published = self.lock_published();
        self.0.known.clear();
        *published += 1;
        self.0.trusted.store(true, Ordering::SeqCst);
        for watcher in lock(&self.0.watchers).values() {
            watcher.send_modify(|_| {});
        }
    }

    /// Stops answering from memory until the next [`Self::reset`].
    pub fn distrust(&self) {
        self.0.trusted.store(false, Ordering::SeqCst);
    }

    /// A receiver that changes whenever something is published about `user` (or the map is
    /// reset). Subscribe before reading the version, so that no change falls in between.
    pub fn subscribe(&self, user: &UserId) -> Subscription {
        let mut watchers = lock(&self.0.watchers);
        let receiver = match watchers.get(user.as_str()) {
            Some(sender) => sender.subscribe(),
            None => {
                let (sender, receiver) = watch::channel(0);
                watchers.insert(user.as_str().to_owned(), sender);
                receiver
            }
        };
        Subscription {
            live: self.clone(),
            user: user.as_str().to_owned(),
            receiver,
        }
    }

    /// Room for one more long-poll or stream of `user`, held until the [`Hold`] drops.
    pub fn hold(&self, user: &UserId) -> Result<Hold, Refused> {
        self.0.held.hold(user.as_str())
    }

    fn known(&self, user: &str) -> Option<Known> {
        if !self.0.trusted.load(Ordering::SeqCst) {
            return None;
        }
        self.0.known.get(user)
    }

    fn publications(&self) -> u64 {
        *self.lock_published()
    }

    /// Remembers what the database said, unless something was published since `seen`.
    fn fill(&self, user: &str, seen: u64, known: Known) {
        let published = self.lock_published();
        if *published == seen && self.0.trusted.load(Ordering::SeqCst) {
            let current = self.0.known.peek(user);
            if current.is_none_or(|k| k.version <= known.version) {
                self.0.known.insert(user.to_owned(), known);
            }
        }
        drop(published);
    }

    fn lock_published(&self) -> MutexGuard<'_, u64> {
        lock(&self.0.published)
    }
}

/// Changes whenever something is published about one user; unregisters itself when dropped.
pub struct Subscription {
    live: Live,
    user: String,
    receiver: watch::Receiver<i64>,
}

impl Subscription {
    /// Waits for the next publication about this user (or a reset).
    pub async fn changed(&mut self) {
        if self.receiver.changed().await.is_err() {
            // The sender lives as long as a receiver does; never reached.
            std::future::pending::<()>().await;
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let mut watchers = lock(&self.live.0.watchers);
        // This receiver is the last one: nobody else waits on the user.
        if watchers
            .get(&self.user)
            .is_some_and(|sender| sender.receiver_count() <= 1)
        {
            watchers.remove(&self.user);
        }
    }
}

/// A poisoned lock only means another thread panicked holding it; the map stays usable.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

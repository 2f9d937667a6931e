//! How many long-polls and streams may wait at once, in all and per user. Past either limit a
//! new one is refused at once (never queued): per user with a 429, so that one user's tabs
//! cannot crowd out everyone; in all with a 503, which a load balancer can route around.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

pub(super) struct Limits {
    total: Arc<Semaphore>,
    total_limit: usize,
    per_user: usize,
    users: Arc<Mutex<HashMap<String, usize>>>,
}

/// Why a connection may not wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// This user already holds as many as one user may.
    User { limit: usize },
    /// The process holds as many as it may.
    Server { limit: usize },
}

/// Room for one waiting connection; given back when dropped.
pub struct Hold {
    _permit: OwnedSemaphorePermit,
    user: String,
    users: Arc<Mutex<HashMap<String, usize>>>,
}

impl Limits {
    pub fn new(total: usize, per_user: usize) -> Self {
        Self {
            total: Arc::new(Semaphore::new(total)),
            total_limit: total,
            per_user,
            users: Arc::default(),
        }
    }

    /// How many are held now.
    pub fn held(&self) -> usize {
        self.total_limit - self.total.available_permits()
    }

    pub fn hold(&self, user: &str) -> Result<Hold, Refused> {
        let mut users = super::lock(&self.users);
        let held = users.get(user).copied().unwrap_or(0);
        if held >= self.per_user {
            return Err(Refused::User { limit: self.per_user });
        }
        let permit = self
            .total
            .clone()
            .try_acquire_owned()
            .map_err(|_| Refused::Server {
                limit: self.total_limit,
            })?;
        users.insert(user.to_owned(), held + 1);
        Ok(Hold {
            _permit: permit,
            user: user.to_owned(),
            users: self.users.clone(),
        })
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        let mut users = super::lock(&self.users);
        if let Some(held) = users.get_mut(&self.user) {
            *held -= 1;
            if *held == 0 {
                users.remove(&self.user);
            }
        }
    }
}

//! The token generation of each user (see `security::token`), as the inbox routes check it on
//! every request: from memory, so that a `304` stays free of queries, and read again from the
//! database after [`TRUST_TTL`]. A revocation (`DELETE /v1/users/{id}`, `POST
//! /v1/users/{id}/revoke-tokens`) takes effect at once on the instance that made it and
//! within [`TRUST_TTL`] on the others, the promise API keys keep too.

use std::sync::Arc;
use std::time::Instant;

use crate::domain::user_id::UserId;
use crate::store::{Db, Result};

pub use super::auth::TRUST_TTL;

/// Cheap to clone; every clone shares one map.
#[derive(Clone)]
pub struct Generations {
    db: Db,
    known: Arc<quick_cache::sync::Cache<String, (i64, Instant)>>,
}

impl Generations {
    /// Remembers the generations of up to `capacity` users.
    pub fn new(db: Db, capacity: usize) -> Self {
        Self {
            db,
            known: Arc::new(quick_cache::sync::Cache::new(capacity.max(1))),
        }
    }

    /// The generation a token of `user` must carry to be honoured now.
    pub async fn current(&self, user: &UserId) -> Result<i64> {
        if let Some((generation, at)) = self.known.get(user.as_str())
            && at.elapsed() < TRUST_TTL
        {
            return Ok(generation);
        }
        let read = self.db.token_generation(user).await?;
        // Generations only grow: a revocation noted while the read ran is kept.
        let noted = self
            .known
            .get(user.as_str())
            .map_or(0, |(generation, _)| generation);
        let generation = read.max(noted);
        self.known
            .insert(user.as_str().to_owned(), (generation, Instant::now()));
        Ok(generation)
    }

    /// This instance revoked `user`'s tokens: `generation` is theirs from now on.
    pub fn revoked(&self, user: &UserId, generation: i64) {
        self.known
            .insert(user.as_str().to_owned(), (generation, Instant::now()));
    }
}

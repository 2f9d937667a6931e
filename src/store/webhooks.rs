//! Ayrshare webhooks: which user holds which User Profile (`refId`), and the deliveries no
//! user held a profile for yet, kept until one claims it.
//!
//! Routed deliveries are ordinary ingest (`writer`), with the delivery key as their
//! idempotency key; only unrouted ones live here, in one table, written by single statements.

use serde::Serialize;

use super::{Db, Result, json, json_rows, on_pool};
use crate::domain::user_id::UserId;

/// A delivery kept because no user held its refId when it arrived.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct UnroutedRow {
    /// Arrival order; the page cursor of `GET /v1/webhooks/ayrshare/unrouted`.
    pub seq: i64,
    pub delivery_key: String,
    pub ref_id: Option<String>,
    pub action: String,
    pub body_hash: String,
    pub received_at: i64,
    pub body: String,
}

/// An unrouted delivery whose refId a user has claimed since.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedRow {
    pub user_id: String,
    #[sqlx(flatten)]
    pub webhook: UnroutedRow,
}

/// What keeping an unrouted delivery found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    New,
    /// The same delivery was kept before (a retry).
    Repeat,
    /// A delivery with this key but another body was kept before.
    KeyReused,
}

impl Db {
    /// The user who holds this User Profile, if any, and whether deliveries for it are still
    /// kept (then a new one must queue behind them, to keep their order).
    pub async fn profile_owner(&self, ref_id: &str) -> Result<Option<(String, bool)>> {
        const SQL: &str = "SELECT p.user_id, EXISTS (SELECT 1 FROM unrouted_webhooks AS w \
                WHERE w.ref_id = p.ref_id) AS waiting \
            FROM ayrshare_profiles AS p WHERE p.ref_id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(ref_id)
            .fetch_optional(pool)
            .await)?)
    }

    /// The refIds a user holds, in order.
    pub async fn profiles_of(&self, user: &UserId) -> Result<Vec<String>> {
        const SQL: &str = "SELECT ref_id FROM ayrshare_profiles WHERE user_id = $1 ORDER BY ref_id";
        Ok(on_pool!(self, |pool| sqlx::query_scalar(SQL)
            .bind(user.as_str())
            .fetch_all(pool)
            .await)?)
    }

    /// Keeps a delivery no user can receive yet. Durable when this returns (a pool write,
    /// synced like every commit outside the writer).
    pub async fn keep_unrouted(&self, row: &UnroutedRow) -> Result<Kept> {
        const SQL: &str = "INSERT INTO unrouted_webhooks \
            (delivery_key, ref_id, action, body_hash, received_at, body) \
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (delivery_key) DO NOTHING";
        let inserted = on_pool!(self, |pool| sqlx::query(SQL)
            .bind(&row.delivery_key)
            .bind(&row.ref_id)
            .bind(&row.action)
            .bind(&row.body_hash)
            .bind(row.received_at)
            .bind(&row.body)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        if inserted == 1 {
            return Ok(Kept::New);
        }
        const STORED: &str = "SELECT body_hash FROM unrouted_webhooks WHERE delivery_key = $1";
        let stored: Option<String> = on_pool!(self, |pool| sqlx::query_scalar(STORED)
            .bind(&row.delivery_key)
            .fetch_optional(pool)
            .await)?;
        // Gone since (delivered or pruned): it was the same delivery a moment ago.
        Ok(match stored {
            Some(hash) if hash != row.body_hash => Kept::KeyReused,
            _ => Kept::Repeat,
        })
    }

    /// A page of unrouted deliveries in arrival order, after `after`.
    pub async fn unrouted_page(&self, after: Option<i64>, limit: u32) -> Result<Vec<UnroutedRow>> {
        const SQL: &str = "SELECT seq, delivery_key, ref_id, action, body_hash, received_at, body \
            FROM unrouted_webhooks WHERE seq > $1 ORDER BY seq LIMIT $2";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(after.unwrap_or(0))
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// The oldest unrouted deliveries whose refId a user holds now, with that user.
    pub async fn claimed_unrouted(&self, limit: u32) -> Result<Vec<ClaimedRow>> {
        const SQL: &str = "SELECT p.user_id, w.seq, w.delivery_key, w.ref_id, w.action, w.body_hash, \
                w.received_at, w.body \
            FROM unrouted_webhooks AS w JOIN ayrshare_profiles AS p ON p.ref_id = w.ref_id \
            ORDER BY w.seq LIMIT $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Removes unrouted deliveries once they have been ingested for their user.
    pub async fn forget_unrouted(&self, seqs: &[i64]) -> Result<()> {
        let sql = json_rows!(
            self,
            "DELETE FROM unrouted_webhooks WHERE seq IN (SELECT CAST(value AS BIGINT) FROM ",
            texts(1),
            ")"
        );
        on_pool!(self, |pool| sqlx::query(sql)
            .bind(json(seqs)?)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(())
    }
}

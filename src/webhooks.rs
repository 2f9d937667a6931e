//! Ayrshare's webhooks once their signature checked out: to the user who holds the User
//! Profile (`refId`), through the same group commit as ingest; or, while nobody holds it,
//! kept in arrival order and delivered to the first user who claims it.
//!
//! A delivery's key (`domain::webhook::Head::delivery_key`) is its idempotency key in both
//! places, so Ayrshare's retries, concurrent ones included, replay the first answer; and a
//! kept delivery that is ingested twice (a crash between ingesting and forgetting it, or two
//! instances delivering at once) is stored once.
//!
//! Claimed deliveries are ingested by one task per instance ([`Webhooks::deliver_claimed`]),
//! woken by `PUT /v1/users/{id}` when it claims a refId and every [`SWEEP`] otherwise (which
//! also catches a delivery kept in the instant a claim committed). It submits them one at a
//! time, oldest first, so that each sees what the earlier ones did (an unlink and the link
//! after it); it forgets them only once ingested, and while any is left, a new delivery for
//! the same profile is kept behind them rather than ingested ahead.

use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use serde_json::Value;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::domain::user_id::UserId;
use crate::domain::webhook::{Head, classify_webhook};
use crate::http::Ingest;
use crate::store::writer::WriteError;
use crate::store::{ClaimedRow, Db, IngestReply, Kept, StoreError, UnroutedRow};

/// How often kept deliveries are checked for a claim nobody announced.
pub const SWEEP: Duration = Duration::from_secs(10);

/// Claimed deliveries are read this many at a time.
const PAGE: u32 = 100;

/// A verified delivery, parsed.
pub struct Delivery {
    pub head: Head,
    pub value: Value,
    pub body: String,
    pub body_hash: String,
    pub key: String,
    pub received_at: Timestamp,
}

/// What became of a delivery.
#[derive(Debug)]
pub enum Received {
    /// Ingested for this user (or a replay of when it was).
    Routed { user: UserId, reply: IngestReply },
    /// No user holds its refId: kept until one does.
    Kept(Kept),
}

#[derive(Clone)]
pub struct Webhooks {
    db: Db,
    ingest: Ingest,
    /// Poked when a user claims a refId.
    claimed: Arc<Notify>,
}

impl Webhooks {
    pub fn new(db: Db, ingest: Ingest, claimed: Arc<Notify>) -> Self {
        Self { db, ingest, claimed }
    }

    pub async fn receive(&self, delivery: Delivery) -> Result<Received, WriteError> {
        let owner = match &delivery.head.ref_id {
            Some(ref_id) => self.db.profile_owner(ref_id).await.map_err(store_error)?,
            None => None,
        };
        let owner = match owner {
            // Kept deliveries for this profile go first: this one waits behind them.
            Some((_, true)) => {
                self.claimed.notify_one();
                None
            }
            // A stored owner id was valid when it was stored.
            Some((owner, false)) => UserId::parse(&owner).ok(),
            None => None,
        };
        match owner {
            Some(user) => {
                let reply = self.ingest_for(user.clone(), delivery).await?;
                Ok(Received::Routed { user, reply })
            }
            None => {
                let kept = self
                    .db
                    .keep_unrouted(&UnroutedRow {
                        seq: 0,
                        delivery_key: delivery.key,
                        ref_id: delivery.head.ref_id,
                        action: delivery.head.action,
                        body_hash: delivery.body_hash,
                        received_at: delivery.received_at.as_millisecond(),
                        body: delivery.body,
                    })
                    .await
                    .map_err(store_error)?;
                Ok(Received::Kept(kept))
            }
        }
    }

    /// Classifies and submits a delivery; its parsed JSON is dropped before the commit is
    /// awaited, and its body moves into the job.
    async fn ingest_for(&self, user: UserId, delivery: Delivery) -> Result<IngestReply, WriteError> {
        let Delivery {
            head,
            value,
            body,
            body_hash,
            key,
            received_at,
        } = delivery;
        let classification = classify_webhook(self.ingest.catalog(), &head, &value, received_at);
        drop(value);
        let job = self.ingest.job(
            user,
            Some(key),
            body_hash,
            None,
            body,
            classification,
            received_at,
        );
        self.ingest.submit(job).await
    }

    /// Ingests kept deliveries whose refId a user claimed, until `stop`.
    pub async fn deliver_claimed(self, stop: CancellationToken) {
        loop {
            if let Err(error) = self.deliver_pending(&stop).await {
                tracing::warn!(%error, "delivering webhooks kept for claimed refIds failed; trying again");
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = self.claimed.notified() => {}
                () = tokio::time::sleep(SWEEP) => {}
            }
        }
    }

    /// Delivers pages of claimed deliveries until none is left or `stop`; a stop takes effect
    /// after the delivery being ingested.
    /// A page of the deliveries kept for no user, oldest first.
    pub async fn unrouted_page(
        &self,
        after: Option<i64>,
        limit: u32,
    ) -> Result<Vec<UnroutedRow>, StoreError> {
        self.db.unrouted_page(after, limit).await
    }

    async fn deliver_pending(&self, stop: &CancellationToken) -> Result<(), WriteError> {
        while !stop.is_cancelled() {
            let page = self.db.claimed_unrouted(PAGE).await.map_err(store_error)?;
            if page.is_empty() {
                return Ok(());
            }
            let mut delivered = Vec::with_capacity(page.len());
            let outcome = async {
                for row in page {
                    if stop.is_cancelled() {
                        break;
                    }
                    self.deliver(row, &mut delivered).await?;
                }
                Ok(())
            }
            .await;
            // What was ingested is forgotten even when a later one failed.
            if !delivered.is_empty() {
                self.db.forget_unrouted(&delivered).await.map_err(store_error)?;
            }
            outcome?;
        }
        Ok(())
    }

    async fn deliver(&self, row: ClaimedRow, delivered: &mut Vec<i64>) -> Result<(), WriteError> {
        let ClaimedRow { user_id, webhook } = row;
        let seq = webhook.seq;
        let value: Value = serde_json::from_str(&webhook.body).unwrap_or(Value::Null);
        let head = Head::read(&value).unwrap_or(Head {
            action: webhook.action,
            ref_id: webhook.ref_id,
            hook_id: None,
        });
        let delivery = Delivery {
            head,
            value,
            body: webhook.body,
            body_hash: webhook.body_hash,
            key: webhook.delivery_key,
            received_at: crate::present::millis(webhook.received_at),
        };
        match UserId::parse(&user_id) {
            Ok(user) => {
                let key = delivery.key.clone();
                if self.ingest_for(user, delivery).await? == IngestReply::KeyReused {
                    tracing::warn!(delivery = %key, "a kept webhook's hookId was used for another body; dropped");
                }
            }
            Err(_) => tracing::warn!(user = %user_id, "a refId's user id is no longer valid"),
        }
        delivered.push(seq);
        Ok(())
    }
}

fn store_error(error: StoreError) -> WriteError {
    WriteError::Store(Arc::new(error))
}

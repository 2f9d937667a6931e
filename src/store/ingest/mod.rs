//! Storing a batch of ingested results in one transaction, with the semantics of storing
//! them one after another.
//!
//! Each statement covers the whole batch (rows travel as one parameter list), so a batch of
//! 500 results costs a handful of round trips. Order still matters where one result resolves
//! what an earlier one in the same batch opened; such a batch is split into groups at that
//! point and the groups run in order (`plan`). Within a group, resolutions run before
//! upserts, which is equivalent because no resolution in a group touches a row the group
//! upserts. The statements themselves are each backend's (`rows::BatchOps`).

mod plan;
mod rows;

use std::collections::{HashMap, HashSet};

use super::{Result, StoreError};
use crate::domain::classify::Classification;
use crate::domain::receipt::Receipt;
use crate::domain::user_id::UserId;
use plan::Plan;
pub(super) use rows::upsert_conflict;
pub(crate) use rows::{
    Applied, BatchOps, Clock, DeliveryRow, EventRow, KeyRow, OpenRow, Opened, UpsertRow, Upserted,
};

/// One result to store.
#[derive(Debug, Clone)]
pub struct IngestJob {
    pub event_id: String,
    pub user_id: UserId,
    /// `Idempotency-Key`, or a key derived from the Ayrshare id and the body.
    pub idem_key: Option<String>,
    /// Hex SHA-256 of the body: a reused `Idempotency-Key` must come with the same body.
    pub body_hash: String,
    pub language: Option<String>,
    pub received_at: i64,
    pub body: String,
    pub classification: Classification,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestReply {
    /// Stored now.
    Stored(Receipt),
    /// Seen before with this key; what storing it the first time produced.
    Replayed(Receipt),
    /// The `Idempotency-Key` was used before for a different body.
    KeyReused,
}

/// What storing a batch did.
#[derive(Debug, Default)]
pub struct Stored {
    pub replies: Vec<IngestReply>,
    /// How many email deliveries the batch queued that are due at once (no batch window).
    pub due_now: usize,
    /// `(user, inbox version)` after the batch, of the users it stored results for.
    pub versions: Vec<(String, i64)>,
}

pub(crate) async fn process(ops: &mut impl BatchOps, jobs: &[IngestJob], clock: &Clock) -> Result<Stored> {
    let mut users: Vec<&str> = jobs.iter().map(|j| j.user_id.as_str()).collect();
    users.sort_unstable();
    users.dedup();
    let keyed: Vec<KeyRow<'_>> = jobs
        .iter()
        .filter_map(|j| {
            j.idem_key.as_deref().map(|key| KeyRow {
                user: j.user_id.as_str(),
                key,
            })
        })
        .collect();
    let Opened { existing, reachable } = ops.open(clock.now, &users, &keyed).await?;
    if jobs.is_empty() {
        ops.close(&[], &[], &[]).await?;
        return Ok(Stored::default());
    }
    let Sorted {
        mut replies,
        repeats,
        fresh,
    } = sort(jobs, &existing)?;

    let mut receipts: HashMap<usize, Receipt> = fresh
        .iter()
        .map(|&i| {
            let receipt = Receipt {
                event_id: jobs[i].event_id.clone(),
                notifications: Vec::new(),
                resolved: Vec::new(),
            };
            (i, receipt)
        })
        .collect();
    let mut deliveries: Vec<DeliveryRow<'_>> = Vec::new();
    for group in groups(jobs, &fresh) {
        let plan = Plan::new(jobs, &group, &reachable)?;
        if !plan.is_empty() {
            plan.apply(ops, jobs, clock, &mut receipts, &mut deliveries)
                .await?;
        }
    }

    let events: Vec<EventRow<'_>> = fresh
        .iter()
        .map(|&i| {
            let job = &jobs[i];
            EventRow {
                id: &job.event_id,
                user: job.user_id.as_str(),
                key: job.idem_key.as_deref(),
                hash: &job.body_hash,
                language: job.language.as_deref(),
                received: job.received_at,
                body: &job.body,
                response: &receipts[&i],
            }
        })
        .collect();
    let versions = if events.is_empty() {
        ops.close(&[], &deliveries, &[]).await?
    } else {
        ops.close(&events, &deliveries, &users).await?
    };

    for (i, first) in repeats {
        replies[i] = Some(replay(&jobs[i], &jobs[first].body_hash, || {
            Ok(receipts[&first].clone())
        })?);
    }
    for (i, receipt) in receipts {
        replies[i] = Some(IngestReply::Stored(receipt));
    }
    Ok(Stored {
        replies: replies
            .into_iter()
            .map(|r| r.unwrap_or(IngestReply::KeyReused))
            .collect(),
        due_now: deliveries.iter().filter(|d| d.run_at <= clock.now).count(),
        versions,
    })
}

/// The batch's jobs by what their idempotency key says about them.
struct Sorted {
    /// Answers already known: replays of earlier events (or refusals of their key).
    replies: Vec<Option<IngestReply>>,
    /// `(job, earlier job of this batch with the same key)`.
    repeats: Vec<(usize, usize)>,
    /// Jobs to store, in order.
    fresh: Vec<usize>,
}

fn sort(jobs: &[IngestJob], existing: &[(String, String, String, String)]) -> Result<Sorted> {
    let existing: HashMap<(&str, &str), (&str, &str)> = existing
        .iter()
        .map(|(u, k, h, r)| ((u.as_str(), k.as_str()), (h.as_str(), r.as_str())))
        .collect();
    let mut sorted = Sorted {
        replies: vec![None; jobs.len()],
        repeats: Vec::new(),
        fresh: Vec::with_capacity(jobs.len()),
    };
    let mut first_with_key: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, job) in jobs.iter().enumerate() {
        if let Some(key) = job.idem_key.as_deref() {
            let id = (job.user_id.as_str(), key);
            if let Some(&(hash, stored)) = existing.get(&id) {
                sorted.replies[i] = Some(replay(job, hash, || {
                    serde_json::from_str(stored).map_err(|e| {
                        StoreError::Other(format!("the stored receipt for key {key} is unreadable: {e}"))
                    })
                })?);
                continue;
            }
            if let Some(&first) = first_with_key.get(&id) {
                sorted.repeats.push((i, first));
                continue;
            }
            first_with_key.insert(id, i);
        }
        sorted.fresh.push(i);
    }
    Ok(sorted)
}

/// The answer to a job whose key was stored before with `hash`; `receipt` is read only if
/// the bodies match.
fn replay(job: &IngestJob, hash: &str, receipt: impl FnOnce() -> Result<Receipt>) -> Result<IngestReply> {
    Ok(if job.body_hash == hash {
        IngestReply::Replayed(receipt()?)
    } else {
        IngestReply::KeyReused
    })
}

/// Splits the fresh jobs into consecutive groups whose statements can run together: a job
/// that would resolve something its group opens starts the next group.
fn groups(jobs: &[IngestJob], fresh: &[usize]) -> Vec<Vec<usize>> {
    let mut groups = Vec::new();
    let mut group: Vec<usize> = Vec::new();
    // `(user, resolve key)` of the rows the current group upserts.
    let mut upserting: HashSet<(&str, &str)> = HashSet::new();
    for &i in fresh {
        let job = &jobs[i];
        let user = job.user_id.as_str();
        let blocked = job
            .classification
            .resolves
            .iter()
            .any(|r| upserting.contains(&(user, r.as_str())));
        if blocked {
            groups.push(std::mem::take(&mut group));
            upserting.clear();
        }
        group.push(i);
        upserting.extend(
            job.classification
                .drafts
                .iter()
                .filter_map(|d| d.resolve_key.as_deref())
                .map(|r| (user, r)),
        );
    }
    groups.push(group);
    groups
}

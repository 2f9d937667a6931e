//! Storing a batch of ingested results in one transaction, with the semantics of storing
//! them one after another.
//!
//! Each statement covers the whole batch (rows travel as one JSON parameter), so a batch of
//! 500 results costs a handful of round trips. Order still matters where one result resolves
//! what an earlier one in the same batch opened; such a batch is split into groups at that
//! point and the groups run in order. Within a group, resolutions run before upserts, which is
//! equivalent because no resolution in a group touches a row the group upserts.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::Result;
use crate::domain::classify::Classification;
use crate::domain::user_id::UserId;

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
    /// Stored now; the JSON response body.
    Stored(String),
    /// Seen before with this key; the response the first request got.
    Replayed(String),
    /// The `Idempotency-Key` was used before for a different body.
    KeyReused,
}

/// The statements a backend provides; [`process`] decides what to run and in which order.
/// Three round trips per batch: `open`, `apply` (once per group, usually once), `close`.
pub(crate) trait BatchOps {
    /// Starts the transaction, closes notifications whose expiry has passed (so a new
    /// occurrence opens a new one), makes sure the users exist, and returns
    /// `(user, key, body_hash, response)` of earlier events with these idempotency keys.
    async fn open(&mut self, now: i64, users: &[&str], keys: &[KeyRow<'_>]) -> Result<Opened>;
    /// Resolves open notifications by `(user, resolve key)`, then inserts or bumps `rows`.
    /// A bump asks for an email again only if the last one was at or before `clock.renotify_cutoff`.
    async fn apply(
        &mut self,
        resolves: &[KeyRow<'_>],
        rows: &[UpsertRow<'_>],
        clock: &Clock,
    ) -> Result<Applied>;
    /// Stores the events and the email deliveries, and commits.
    async fn close(&mut self, events: &[EventRow<'_>], deliveries: &[DeliveryRow<'_>]) -> Result<()>;
}

/// What `open` found.
#[derive(Debug, Default)]
pub(crate) struct Opened {
    /// `(user, key, body_hash, response)` of earlier events with the batch's idempotency keys.
    pub existing: Vec<(String, String, String, String)>,
    /// Users of the batch who have an email address: only their notifications queue emails
    /// (a user without one is inbox-only until an address is set).
    pub reachable: HashSet<String>,
}

/// A row of the open step: an earlier event (user, key, body hash, response), or a user with
/// an email address (user and three NULLs).
pub(crate) type OpenRow = (String, Option<String>, Option<String>, Option<String>);

impl Opened {
    pub fn from_rows(rows: Vec<OpenRow>) -> Self {
        let mut opened = Self::default();
        for row in rows {
            match row {
                (user, Some(key), Some(hash), Some(response)) => {
                    opened.existing.push((user, key, hash, response))
                }
                (user, ..) => {
                    opened.reachable.insert(user);
                }
            }
        }
        opened
    }
}

/// The instants a batch is stored at.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: i64,
    /// An open notification last emailed at or before this may email again.
    pub renotify_cutoff: i64,
    /// When a new delivery becomes due (the end of the batch window).
    pub deliver_at: i64,
}

/// What `apply` changed: resolved `(id, user, resolve key)`, and the upserted rows.
#[derive(Debug, Default)]
pub(crate) struct Applied {
    pub resolved: Vec<(String, String, String)>,
    pub upserted: Vec<Upserted>,
}

#[derive(Debug, Serialize)]
pub(crate) struct KeyRow<'a> {
    pub user: &'a str,
    pub key: &'a str,
}

/// One notification row to insert, or to bump if an open one has the same condition key.
#[derive(Debug, Serialize)]
pub(crate) struct UpsertRow<'a> {
    pub id: String,
    pub user: &'a str,
    pub kind: &'a str,
    pub category: &'static str,
    pub severity: &'static str,
    pub key: String,
    pub resolve: Option<&'a str>,
    pub platforms: String,
    pub params: String,
    pub language: Option<&'a str>,
    /// Occurrences this row stands for in this batch.
    pub n: i64,
    pub first_event: &'a str,
    pub last_event: &'a str,
    pub expires: Option<i64>,
    /// The occurrence asking for an email (its kind emails): the first one of the batch.
    pub email_event: Option<&'a str>,
    /// That occurrence's `Translate-Error-Message`.
    #[serde(skip)]
    pub email_language: Option<&'a str>,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct Upserted {
    pub id: String,
    pub user_id: String,
    pub condition_key: String,
    pub occurrences: i64,
    /// Equal to the row's `email_event` when this occurrence is to be emailed.
    pub emailed_event_id: Option<String>,
}

/// An email to send about a notification, once its batch window has passed.
#[derive(Debug, Serialize)]
pub(crate) struct DeliveryRow<'a> {
    pub id: String,
    pub user: &'a str,
    pub notification: String,
    pub event: &'a str,
    pub category: &'static str,
    pub language: Option<&'a str>,
    pub run_at: i64,
    pub created: i64,
}

#[derive(Debug, Serialize)]
pub(crate) struct EventRow<'a> {
    pub id: &'a str,
    pub user: &'a str,
    pub key: Option<&'a str>,
    pub hash: &'a str,
    pub language: Option<&'a str>,
    pub received: i64,
    pub body: &'a str,
    pub response: &'a str,
}

/// The 202 body.
#[derive(Debug, Default, Serialize)]
struct Response<'a> {
    event_id: &'a str,
    notifications: Vec<Produced<'a>>,
    resolved: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Produced<'a> {
    id: String,
    kind: &'a str,
    platforms: &'a [String],
    state: &'static str,
    outcome: &'static str,
    /// Whether this occurrence queued an email.
    email: bool,
}

/// What storing a batch did.
#[derive(Debug, Default)]
pub struct Stored {
    pub replies: Vec<IngestReply>,
    /// How many email deliveries the batch queued that are due at once (no batch window).
    pub due_now: usize,
}

pub(crate) async fn process(ops: &mut impl BatchOps, jobs: &[IngestJob], clock: &Clock) -> Result<Stored> {
    let now = clock.now;
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
    let Opened { existing, reachable } = ops.open(now, &users, &keyed).await?;
    if jobs.is_empty() {
        ops.close(&[], &[]).await?;
        return Ok(Stored::default());
    }

    // Idempotency: earlier events, then repeats within this batch.
    let mut replies: Vec<Option<IngestReply>> = vec![None; jobs.len()];
    let existing: HashMap<(&str, &str), (&str, &str)> = existing
        .iter()
        .map(|(u, k, h, r)| ((u.as_str(), k.as_str()), (h.as_str(), r.as_str())))
        .collect();
    let mut first_with_key: HashMap<(&str, &str), usize> = HashMap::new();
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    let mut fresh: Vec<usize> = Vec::with_capacity(jobs.len());
    for (i, job) in jobs.iter().enumerate() {
        if let Some(key) = job.idem_key.as_deref() {
            let id = (job.user_id.as_str(), key);
            if let Some((hash, response)) = existing.get(&id) {
                replies[i] = Some(replay(job, hash, response));
                continue;
            }
            if let Some(&first) = first_with_key.get(&id) {
                repeats.push((i, first));
                continue;
            }
            first_with_key.insert(id, i);
        }
        fresh.push(i);
    }

    let mut responses: HashMap<usize, Response<'_>> = fresh
        .iter()
        .map(|&i| {
            (
                i,
                Response {
                    event_id: &jobs[i].event_id,
                    ..Response::default()
                },
            )
        })
        .collect();
    let mut group = Group::default();
    let mut deliveries: Vec<DeliveryRow<'_>> = Vec::new();
    for &i in &fresh {
        if group.blocks(&jobs[i]) {
            group
                .flush(ops, jobs, clock, &reachable, &mut responses, &mut deliveries)
                .await?;
        }
        group.add(i, &jobs[i]);
    }
    group
        .flush(ops, jobs, clock, &reachable, &mut responses, &mut deliveries)
        .await?;

    let bodies: HashMap<usize, String> = responses
        .iter()
        .map(|(&i, r)| {
            Ok((
                i,
                serde_json::to_string(r).map_err(|e| super::StoreError::Other(e.to_string()))?,
            ))
        })
        .collect::<Result<_>>()?;
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
                response: &bodies[&i],
            }
        })
        .collect();
    ops.close(&events, &deliveries).await?;

    for (i, first) in repeats {
        replies[i] = Some(replay(&jobs[i], &jobs[first].body_hash, &bodies[&first]));
    }
    let mut bodies = bodies;
    for &i in &fresh {
        replies[i] = bodies.remove(&i).map(IngestReply::Stored);
    }
    Ok(Stored {
        replies: replies
            .into_iter()
            .map(|r| r.unwrap_or(IngestReply::KeyReused))
            .collect(),
        due_now: if clock.deliver_at <= clock.now {
            deliveries.len()
        } else {
            0
        },
    })
}

fn replay(job: &IngestJob, hash: &str, response: &str) -> IngestReply {
    if job.body_hash == hash {
        IngestReply::Replayed(response.to_owned())
    } else {
        IngestReply::KeyReused
    }
}

/// Consecutive jobs whose statements can run together.
#[derive(Default)]
struct Group {
    jobs: Vec<usize>,
    /// `(user, resolve key)` of the rows this group upserts.
    upserting: HashSet<(String, String)>,
}

impl Group {
    /// A job that would resolve something this group opens must wait for the next group.
    fn blocks(&self, job: &IngestJob) -> bool {
        job.classification.resolves.iter().any(|r| {
            self.upserting
                .contains(&(job.user_id.as_str().to_owned(), r.clone()))
        })
    }

    fn add(&mut self, index: usize, job: &IngestJob) {
        self.jobs.push(index);
        for draft in &job.classification.drafts {
            if let Some(r) = &draft.resolve_key {
                self.upserting
                    .insert((job.user_id.as_str().to_owned(), r.clone()));
            }
        }
    }

    async fn flush<'j>(
        &mut self,
        ops: &mut impl BatchOps,
        jobs: &'j [IngestJob],
        clock: &Clock,
        reachable: &HashSet<String>,
        responses: &mut HashMap<usize, Response<'j>>,
        deliveries: &mut Vec<DeliveryRow<'j>>,
    ) -> Result<()> {
        let members = std::mem::take(&mut self.jobs);
        self.upserting.clear();
        if members.is_empty() {
            return Ok(());
        }

        // Resolutions go to the first job of the group that asked for them.
        let mut resolvers: HashMap<(&str, &str), usize> = HashMap::new();
        for &i in &members {
            for key in &jobs[i].classification.resolves {
                resolvers
                    .entry((jobs[i].user_id.as_str(), key.as_str()))
                    .or_insert(i);
            }
        }
        // Drafts with the same (user, condition key) become one row.
        let mut rows: Vec<UpsertRow<'j>> = Vec::new();
        let mut row_of: HashMap<(&str, String), usize> = HashMap::new();
        let mut contributions: Vec<(usize, usize, usize)> = Vec::new(); // (job, draft, row)
        for &i in &members {
            let job = &jobs[i];
            for (d, draft) in job.classification.drafts.iter().enumerate() {
                let notification_id = uuid::Uuid::now_v7().to_string();
                let key = draft
                    .condition_key
                    .clone()
                    .unwrap_or_else(|| format!("once:{notification_id}"));
                let params = serde_json::to_string(&draft.params)
                    .map_err(|e| super::StoreError::Other(e.to_string()))?;
                let platforms = serde_json::to_string(&draft.platforms)
                    .map_err(|e| super::StoreError::Other(e.to_string()))?;
                let expires = draft.expires_at.map(|t| t.as_millisecond());
                let row = match row_of.get(&(job.user_id.as_str(), key.clone())) {
                    Some(&r) => {
                        let row = &mut rows[r];
                        row.n += i64::from(draft.occurrences);
                        row.last_event = &job.event_id;
                        row.params = params;
                        row.platforms = platforms;
                        row.language = job.language.as_deref();
                        row.expires = row.expires.max(expires);
                        r
                    }
                    None => {
                        row_of.insert((job.user_id.as_str(), key.clone()), rows.len());
                        rows.push(UpsertRow {
                            id: notification_id,
                            user: job.user_id.as_str(),
                            kind: &draft.kind.name,
                            category: draft.kind.category.as_str(),
                            severity: draft.kind.severity.as_str(),
                            key,
                            resolve: draft.resolve_key.as_deref(),
                            platforms,
                            params,
                            language: job.language.as_deref(),
                            n: i64::from(draft.occurrences),
                            first_event: &job.event_id,
                            last_event: &job.event_id,
                            expires,
                            email_event: (draft.kind.email && reachable.contains(job.user_id.as_str()))
                                .then_some(job.event_id.as_str()),
                            email_language: job.language.as_deref(),
                        });
                        rows.len() - 1
                    }
                };
                contributions.push((i, d, row));
            }
        }
        if rows.is_empty() && resolvers.is_empty() {
            return Ok(());
        }
        let keys: Vec<KeyRow<'_>> = resolvers
            .keys()
            .map(|&(user, key)| KeyRow { user, key })
            .collect();
        let applied = ops.apply(&keys, &rows, clock).await?;
        for (id, user, key) in applied.resolved {
            if let Some(i) = resolvers.get(&(user.as_str(), key.as_str())) {
                responses.entry(*i).or_default().resolved.push(id);
            }
        }
        let stored: HashMap<(String, String), Upserted> = applied
            .upserted
            .into_iter()
            .map(|u| ((u.user_id.clone(), u.condition_key.clone()), u))
            .collect();
        // The email goes with the occurrence that asked for it: the row's first.
        let mut emailed = vec![false; rows.len()];
        for (r, row) in rows.iter().enumerate() {
            let found = stored.get(&(row.user.to_owned(), row.key.clone()));
            let (Some(found), Some(event)) = (found, row.email_event) else {
                continue;
            };
            if found.emailed_event_id.as_deref() == Some(event) {
                emailed[r] = true;
                deliveries.push(DeliveryRow {
                    id: uuid::Uuid::now_v7().to_string(),
                    user: row.user,
                    notification: found.id.clone(),
                    event,
                    category: row.category,
                    language: row.email_language,
                    run_at: clock.deliver_at,
                    created: clock.now,
                });
            }
        }
        let mut first_contribution = vec![true; rows.len()];
        for (i, d, r) in contributions {
            let row = &rows[r];
            let Some(found) = stored.get(&(row.user.to_owned(), row.key.clone())) else {
                return Err(super::StoreError::Other(format!(
                    "upsert returned no row for {}",
                    row.key
                )));
            };
            let first = std::mem::replace(&mut first_contribution[r], false);
            let created = first && found.occurrences == row.n;
            let draft = &jobs[i].classification.drafts[d];
            responses.entry(i).or_default().notifications.push(Produced {
                id: found.id.clone(),
                kind: &draft.kind.name,
                platforms: &draft.platforms,
                state: "open",
                outcome: if created { "created" } else { "bumped" },
                email: first && emailed[r],
            });
        }
        Ok(())
    }
}

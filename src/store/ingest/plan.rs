//! One group of a batch: what it runs, planned from its jobs before anything is sent to the
//! database, then run and reported to the jobs' receipts.
//!
//! Whether an occurrence queues an email is decided here and nowhere else at ingest: its kind
//! emails and its user has an address ([`asks_for_email`]), and the notification was not
//! emailed within the re-notify interval (the bump in [`super::upsert_conflict!`], shared by
//! both backends). What happens to a queued email once it is due is `outbox::plan`'s.

use std::collections::{HashMap, HashSet};

use super::{BatchOps, Clock, DeliveryRow, IngestJob, KeyRow, UpsertRow, Upserted};
use crate::domain::catalog::KindSpec;
use crate::domain::params;
use crate::domain::receipt::{Occurrence, Produced, Receipt};
use crate::domain::state::NotificationState;
use crate::store::{Result, StoreError};

/// Whether an occurrence of `kind` asks for an email, before the re-notify interval has its
/// say: only kinds that email, and only for users with an address (a user without one is
/// inbox-only until an address is set).
fn asks_for_email(kind: &KindSpec, user_has_address: bool) -> bool {
    kind.email && user_has_address
}

/// What one group runs: the resolutions and the rows to upsert, planned from its jobs before
/// anything is sent to the database.
pub(super) struct Plan<'j> {
    /// `(user, resolve key)` and the first job of the group that asked for it, which the
    /// resolution is reported to.
    resolvers: HashMap<(&'j str, &'j str), usize>,
    /// Drafts with the same `(user, condition key)` become one row.
    rows: Vec<UpsertRow<'j>>,
    /// `(job, draft, row)`: which row each draft went into.
    contributions: Vec<(usize, usize, usize)>,
}

impl<'j> Plan<'j> {
    pub(super) fn new(jobs: &'j [IngestJob], members: &[usize], reachable: &HashSet<String>) -> Result<Self> {
        let mut plan = Self {
            resolvers: HashMap::new(),
            rows: Vec::new(),
            contributions: Vec::new(),
        };
        for &i in members {
            for key in &jobs[i].classification.resolves {
                plan.resolvers
                    .entry((jobs[i].user_id.as_str(), key.as_str()))
                    .or_insert(i);
            }
        }
        let mut row_of: HashMap<(&str, String), usize> = HashMap::new();
        for &i in members {
            let job = &jobs[i];
            let user = job.user_id.as_str();
            let reachable = reachable.contains(user);
            for (d, draft) in job.classification.drafts.iter().enumerate() {
                let notification_id = uuid::Uuid::now_v7().to_string();
                let key = draft
                    .condition_key
                    .clone()
                    .unwrap_or_else(|| format!("once:{notification_id}"));
                let params = params::encode(&draft.params).map_err(|e| StoreError::Other(e.to_string()))?;
                let platforms =
                    serde_json::to_string(&draft.platforms).map_err(|e| StoreError::Other(e.to_string()))?;
                let expires = draft.expires_at.map(|t| t.as_millisecond());
                let row = match row_of.get(&(user, key.clone())) {
                    Some(&r) => {
                        let row = &mut plan.rows[r];
                        row.n += i64::from(draft.occurrences);
                        row.last_event = &job.event_id;
                        row.params = params;
                        row.platforms = platforms;
                        row.language = job.language.as_deref();
                        row.expires = row.expires.max(expires);
                        r
                    }
                    None => {
                        row_of.insert((user, key.clone()), plan.rows.len());
                        plan.rows.push(UpsertRow {
                            id: notification_id,
                            user,
                            kind: &draft.kind.name,
                            category: draft.kind.category,
                            severity: draft.kind.severity,
                            key,
                            resolve: draft.resolve_key.as_deref(),
                            platforms,
                            params,
                            language: job.language.as_deref(),
                            n: i64::from(draft.occurrences),
                            first_event: &job.event_id,
                            last_event: &job.event_id,
                            expires,
                            email_event: asks_for_email(&draft.kind, reachable)
                                .then_some(job.event_id.as_str()),
                            email_language: job.language.as_deref(),
                            email_after: draft.kind.email_after,
                            email_not_before: draft
                                .kind
                                .email_before_deadline
                                .zip(draft.params.refresh_by)
                                .and_then(|(ahead, deadline)| deadline.checked_sub(ahead).ok())
                                .map(|t| t.as_millisecond()),
                        });
                        plan.rows.len() - 1
                    }
                };
                plan.contributions.push((i, d, row));
            }
        }
        Ok(plan)
    }

    pub(super) fn is_empty(&self) -> bool {
        self.rows.is_empty() && self.resolvers.is_empty()
    }

    /// Runs the group's statements and reports what they did to the jobs' receipts; queues
    /// an email for each row whose asking occurrence the database took up.
    pub(super) async fn apply(
        self,
        ops: &mut impl BatchOps,
        jobs: &'j [IngestJob],
        clock: &Clock,
        receipts: &mut HashMap<usize, Receipt>,
        deliveries: &mut Vec<DeliveryRow<'j>>,
    ) -> Result<()> {
        let keys: Vec<KeyRow<'_>> = self
            .resolvers
            .keys()
            .map(|&(user, key)| KeyRow { user, key })
            .collect();
        let applied = ops.apply(&keys, &self.rows, clock).await?;
        for (id, user, key) in applied.resolved {
            if let Some(i) = self.resolvers.get(&(user.as_str(), key.as_str()))
                && let Some(receipt) = receipts.get_mut(i)
            {
                receipt.resolved.push(id);
            }
        }
        let stored: HashMap<(&str, &str), &Upserted> = applied
            .upserted
            .iter()
            .map(|u| ((u.user_id.as_str(), u.condition_key.as_str()), u))
            .collect();
        let found = |row: &UpsertRow<'_>| {
            stored
                .get(&(row.user, row.key.as_str()))
                .copied()
                .ok_or_else(|| StoreError::Other(format!("upsert returned no row for {}", row.key)))
        };
        // The email goes with the occurrence that asked for it: the row's first.
        let mut emailed = vec![false; self.rows.len()];
        for (r, row) in self.rows.iter().enumerate() {
            let found = found(row)?;
            if let Some(event) = row.email_event
                && found.emailed_event_id.as_deref() == Some(event)
            {
                emailed[r] = true;
                let (run_at, reason) = clock.email_due(row);
                deliveries.push(DeliveryRow {
                    id: uuid::Uuid::now_v7().to_string(),
                    user: row.user,
                    notification: found.id.clone(),
                    event,
                    category: row.category,
                    language: row.email_language,
                    run_at,
                    reason,
                    created: clock.now,
                });
            }
        }
        let mut first_contribution = vec![true; self.rows.len()];
        for (i, d, r) in self.contributions {
            let row = &self.rows[r];
            let found = found(row)?;
            let first = std::mem::replace(&mut first_contribution[r], false);
            let created = first && found.occurrences == row.n;
            let draft = &jobs[i].classification.drafts[d];
            if let Some(receipt) = receipts.get_mut(&i) {
                receipt.notifications.push(Produced {
                    id: found.id.clone(),
                    kind: draft.kind.name.clone(),
                    platforms: draft.platforms.clone(),
                    state: NotificationState::Open,
                    outcome: if created {
                        Occurrence::Created
                    } else {
                        Occurrence::Bumped
                    },
                    email: first && emailed[r],
                });
            }
        }
        Ok(())
    }
}

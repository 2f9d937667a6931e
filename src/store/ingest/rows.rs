//! The contract between [`super::process`] and a backend: the statements it runs and the
//! rows they take and return.

use std::collections::HashSet;
use std::time::Duration;

use crate::domain::catalog::{Category, Severity};
use crate::domain::receipt::Receipt;
use crate::store::Result;

/// The `ON CONFLICT` clause of both backends' upsert, with the re-notify cutoff as the
/// placeholder given. A bump makes the notification unread, unseen and unarchived again: it
/// is news. It asks for an email again only once the last one was at or before the cutoff.
/// `version`: the stamp the insert attempt carries (PostgreSQL's trigger put it there, SQLite's
/// batch binds it), kept by the update.
macro_rules! upsert_conflict {
    ($cutoff:literal) => {
        concat!(
            " ON CONFLICT (user_id, condition_key) WHERE state = 'open' DO UPDATE SET \
            occurrences = notifications.occurrences + excluded.occurrences, version = excluded.version, \
            platforms = excluded.platforms, params = excluded.params, language = excluded.language, \
            last_event_id = excluded.last_event_id, last_seen_at = excluded.last_seen_at, \
            expires_at = excluded.expires_at, read_at = NULL, seen_at = NULL, archived_at = NULL, \
            emailed_event_id = CASE WHEN excluded.emailed_event_id IS NOT NULL \
                AND coalesce(notifications.emailed_at, ",
            $cutoff,
            ") <= ",
            $cutoff,
            " \
                THEN excluded.emailed_event_id ELSE notifications.emailed_event_id END, \
            emailed_at = CASE WHEN excluded.emailed_event_id IS NOT NULL \
                AND coalesce(notifications.emailed_at, ",
            $cutoff,
            ") <= ",
            $cutoff,
            " \
                THEN excluded.emailed_at ELSE notifications.emailed_at END "
        )
    };
}
pub(crate) use upsert_conflict;

/// The statements a backend provides; [`super::process`] decides what to run and in which order.
/// Three round trips per batch: `open`, `apply` (once per group, usually once), `close`.
pub(crate) trait BatchOps {
    /// Starts the transaction, closes the batch's users' notifications whose expiry has
    /// passed (so a new occurrence opens a new one; other users' rows are the sweep's), makes
    /// sure the users exist, and returns `(user, key, body_hash, response)` of earlier events
    /// with these idempotency keys.
    async fn open(&mut self, now: i64, users: &[&str], keys: &[KeyRow<'_>]) -> Result<Opened>;
    /// Resolves open notifications by `(user, resolve key)`, then inserts or bumps `rows`
    /// (see [`upsert_conflict!`]).
    async fn apply(
        &mut self,
        resolves: &[KeyRow<'_>],
        rows: &[UpsertRow<'_>],
        clock: &Clock,
    ) -> Result<Applied>;
    /// Stores the events and the email deliveries, and commits; returns `(user, inbox version)`
    /// as the batch left them, for the live inbox (`live`): of each of `users` (PostgreSQL), or
    /// of those whose inbox the batch changed (SQLite, which stamps the versions itself).
    async fn close(
        &mut self,
        events: &[EventRow<'_>],
        deliveries: &[DeliveryRow<'_>],
        users: &[&str],
    ) -> Result<Vec<(String, i64)>>;
}

/// What `open` found.
#[derive(Debug, Default)]
pub(crate) struct Opened {
    /// `(user, key, body_hash, receipt)` of earlier events with the batch's idempotency keys.
    pub existing: Vec<(String, String, String, String)>,
    /// Users of the batch who have an email address.
    pub reachable: HashSet<String>,
}

/// A row of the open step: an earlier event (user, key, body hash, receipt), or a user with
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
    /// `[email] unseen_delay`: replaces every kind's `email_after` when set.
    pub unseen_delay: Option<Duration>,
}

impl Clock {
    /// When an email about a row becomes due, and what it waits for: the batch window, the
    /// row's wait for the inbox, and the time before its deadline, whichever ends last.
    pub fn email_due(&self, row: &UpsertRow<'_>) -> (i64, &'static str) {
        let wait = self.unseen_delay.or(row.email_after).unwrap_or_default();
        let wait = i64::try_from(wait.as_millis()).unwrap_or(i64::MAX);
        let inbox = self.now.saturating_add(wait);
        let deadline = row.email_not_before.unwrap_or(i64::MIN);
        if deadline > self.deliver_at.max(inbox) {
            (deadline, "waiting to remind shortly before the deadline")
        } else if inbox > self.deliver_at {
            (inbox, "waiting to be seen in the inbox first")
        } else {
            (self.deliver_at, "waiting for the batch window")
        }
    }
}

/// What `apply` changed: resolved `(id, user, resolve key)`, and the upserted rows.
#[derive(Debug, Default)]
pub(crate) struct Applied {
    pub resolved: Vec<(String, String, String)>,
    pub upserted: Vec<Upserted>,
}

#[derive(Debug)]
pub(crate) struct KeyRow<'a> {
    pub user: &'a str,
    pub key: &'a str,
}

/// One notification row to insert, or to bump if an open one has the same condition key.
#[derive(Debug)]
pub(crate) struct UpsertRow<'a> {
    pub id: String,
    pub user: &'a str,
    pub kind: &'a str,
    pub category: Category,
    pub severity: Severity,
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
    /// The occurrence asking for an email (`plan::asks_for_email`): the first one of the batch.
    pub email_event: Option<&'a str>,
    /// That occurrence's `Translate-Error-Message`.
    pub email_language: Option<&'a str>,
    /// How long its email waits to be seen in the inbox first (the kind's `email_after`).
    pub email_after: Option<Duration>,
    /// Its email waits until then: a week before a deadline (`email_before_deadline`).
    pub email_not_before: Option<i64>,
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
#[derive(Debug)]
pub(crate) struct DeliveryRow<'a> {
    pub id: String,
    pub user: &'a str,
    pub notification: String,
    pub event: &'a str,
    pub category: Category,
    pub language: Option<&'a str>,
    pub run_at: i64,
    /// Why it is pending until `run_at`.
    pub reason: &'static str,
    pub created: i64,
}

#[derive(Debug)]
pub(crate) struct EventRow<'a> {
    pub id: &'a str,
    pub user: &'a str,
    pub key: Option<&'a str>,
    pub hash: &'a str,
    pub language: Option<&'a str>,
    pub received: i64,
    pub body: &'a str,
    /// Stored as the JSON text of the receipt.
    pub response: &'a Receipt,
}

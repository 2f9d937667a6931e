//! SQLite's statements for an ingest batch ([`BatchOps`]), on the writer connection.
//!
//! Rows travel as bound parameters of multi-row `VALUES` lists. Passing them as one JSON
//! array instead cost SQLite's thread twice the instructions per result (callgrind, the seed
//! mix: 410,000 then, 188,000 now): `json_each` turned every element back into text and each
//! `->>` parsed it again, and every raw body was escaped by herald only to be unescaped by
//! SQLite. A list of user ids stays one JSON parameter: strings are cheap to read.
//!
//! Inbox versions are stamped here rather than by the triggers (migration 9): `open` reads each
//! user's version, every row the batch changes carries that version plus one, and `close`
//! bumps the users whose inbox changed, once each. The triggers stamped every notification
//! with two more writes, to its user and to the row again.
//!
//! The statements of one step go to SQLite's thread together ([`Script`]): one round trip.
//! Their text changes with the number of rows, so sqlx's statement cache (100 per connection)
//! keeps the recent shapes, and a new one is prepared (a tenth of the thread's work).

use std::collections::{HashMap, HashSet};

use sqlx::sqlite::{SqliteArguments, SqliteConnection, SqliteRow};
use sqlx::{Arguments as _, Encode, FromRow, Sqlite, Type};

use super::super::ingest::{
    Applied, BatchOps, Clock, DeliveryRow, EventRow, KeyRow, Opened, UpsertRow, Upserted, upsert_conflict,
};
use super::super::{Result, StoreError, json};

/// The writer connection, inside the batch's transaction between `open` and `close`, and the
/// inbox versions the batch stamps.
pub(super) struct Batch<'c> {
    pub(super) conn: &'c mut SqliteConnection,
    /// The version each of the batch's users' changed rows carry: one past the user's.
    stamps: HashMap<String, i64>,
    /// The users whose inbox the batch changed, to bump in `close`.
    changed: HashSet<String>,
}

impl<'c> Batch<'c> {
    pub(super) fn new(conn: &'c mut SqliteConnection) -> Self {
        Self {
            conn,
            stamps: HashMap::new(),
            changed: HashSet::new(),
        }
    }

    fn stamp(&self, user: &str) -> Result<i64> {
        self.stamps
            .get(user)
            .copied()
            .ok_or_else(|| StoreError::Other(format!("no inbox version was read for user {user}")))
    }
}

/// SQLite numbers a statement's parameters up to 32,766: longer lists become several
/// statements.
const MAX_PARAMETERS: usize = 32_766;

/// A parameter written in a statement's text (as `?`) rather than in its rows.
#[derive(Clone, Copy)]
enum Param<'q> {
    Int(i64),
    Text(&'q str),
}

/// Statements sent to SQLite's thread in one round trip, with their parameters in the order
/// of their `?` placeholders. Anonymous placeholders, because sqlx looks up the name of each
/// named one, and SQLite finds a name by walking the statement's list of names: quadratic in
/// a list of rows.
struct Script<'q> {
    sql: String,
    args: SqliteArguments<'q>,
}

impl<'q> Script<'q> {
    fn new() -> Self {
        Self {
            sql: String::new(),
            args: SqliteArguments::default(),
        }
    }

    fn bind<T: 'q + Encode<'q, Sqlite> + Type<Sqlite>>(&mut self, value: T) -> Result<()> {
        self.args
            .add(value)
            .map_err(|e| StoreError::Other(format!("binding a parameter: {e}")))
    }

    /// SQL text whose placeholders take `params`, in order.
    fn sql(&mut self, text: &str, params: &[Param<'q>]) -> Result<()> {
        debug_assert_eq!(text.matches('?').count(), params.len(), "{text}");
        self.sql.push_str(text);
        for param in params {
            match *param {
                Param::Int(value) => self.bind(value)?,
                Param::Text(value) => self.bind(value)?,
            }
        }
        Ok(())
    }

    /// Binds a value of a `VALUES` row and writes its placeholder.
    fn value<T: 'q + Encode<'q, Sqlite> + Type<Sqlite>>(&mut self, value: T) -> Result<()> {
        self.bind(value)?;
        self.sql
            .push_str(if self.sql.ends_with('(') { "?" } else { ", ?" });
        Ok(())
    }

    /// `head VALUES (…), (…) tail;` for `items`, each row written by `row` with `width`
    /// values; as several statements where one would pass SQLite's parameter limit.
    fn values<T>(
        &mut self,
        (head, head_params): (&str, &[Param<'q>]),
        (tail, tail_params): (&str, &[Param<'q>]),
        items: &'q [T],
        width: usize,
        row: impl Fn(&mut Self, &'q T) -> Result<()>,
    ) -> Result<()> {
        let per_statement = (MAX_PARAMETERS - head_params.len() - tail_params.len()) / width;
        for chunk in items.chunks(per_statement) {
            self.sql(head, head_params)?;
            self.sql.push_str(" VALUES ");
            for (i, item) in chunk.iter().enumerate() {
                self.sql.push_str(if i == 0 { "(" } else { ", (" });
                row(self, item)?;
                self.sql.push(')');
            }
            self.sql(tail, tail_params)?;
            self.sql.push_str(";\n");
        }
        Ok(())
    }

    /// Runs the statements; the rows they return, in order.
    async fn run<R>(self, conn: &mut SqliteConnection) -> Result<Vec<R>>
    where
        R: Send + Unpin + for<'r> FromRow<'r, SqliteRow>,
    {
        Ok(sqlx::query_as_with(&self.sql, self.args).fetch_all(conn).await?)
    }
}

impl BatchOps for Batch<'_> {
    /// Expiry filters by user with `+user_id`, which keeps SQLite on the small
    /// `notifications_expiry` range instead of walking every open row of each user.
    async fn open(&mut self, now: i64, users: &[&str], keys: &[KeyRow<'_>]) -> Result<Opened> {
        const START: &str = "BEGIN IMMEDIATE; \
            UPDATE notifications SET state = 'expired', \
                version = (SELECT inbox_version + 1 FROM users WHERE users.id = notifications.user_id) \
                WHERE state = 'open' AND expires_at <= ? AND +user_id IN (SELECT value FROM json_each(?)) \
                RETURNING 'expired' AS tag, user_id, NULL AS key, NULL AS hash, NULL AS response, \
                    NULL AS version; \
            INSERT INTO users (id, created_at, updated_at) \
                SELECT value, ?, ? FROM json_each(?) WHERE true ON CONFLICT (id) DO NOTHING; \
            SELECT iif(email IS NULL, 'user', 'reachable') AS tag, id AS user_id, NULL AS key, \
                NULL AS hash, NULL AS response, inbox_version AS version \
                FROM users WHERE id IN (SELECT value FROM json_each(?));\n";
        const EARLIER: &str = "SELECT 'event' AS tag, e.user_id, e.idem_key AS key, e.body_hash AS hash, \
            e.response, NULL AS version FROM (";
        const EARLIER_JOIN: &str =
            ") AS j JOIN events AS e ON e.user_id = j.column1 AND e.idem_key = j.column2";
        let users = json(&users)?;
        let (now, users) = (Param::Int(now), Param::Text(&users));
        let mut script = Script::new();
        script.sql(START, &[now, users, now, now, users, users])?;
        script.values((EARLIER, &[]), (EARLIER_JOIN, &[]), keys, 2, |s, k| {
            s.value(k.user)?;
            s.value(k.key)
        })?;
        let mut opened = Opened::default();
        for OpenedRow {
            tag,
            user_id,
            key,
            hash,
            response,
            version,
        } in script.run(self.conn).await?
        {
            match (tag.as_str(), key, hash, response, version) {
                ("event", Some(key), Some(hash), Some(response), _) => {
                    opened.existing.push((user_id, key, hash, response));
                }
                ("expired", ..) => {
                    self.changed.insert(user_id);
                }
                ("user", .., Some(version)) => {
                    self.stamps.insert(user_id, version + 1);
                }
                ("reachable", .., Some(version)) => {
                    opened.reachable.insert(user_id.clone());
                    self.stamps.insert(user_id, version + 1);
                }
                _ => {
                    return Err(StoreError::Other(format!(
                        "open returned an unexpected {tag} row"
                    )));
                }
            }
        }
        Ok(opened)
    }

    async fn apply(
        &mut self,
        resolves: &[KeyRow<'_>],
        rows: &[UpsertRow<'_>],
        clock: &Clock,
    ) -> Result<Applied> {
        // A join, not `(user_id, resolve_key) IN (VALUES …)`: SQLite reads that by walking
        // every open notification.
        const RESOLVE: &str =
            "UPDATE notifications SET state = 'resolved', resolved_at = ?, version = r.column3 FROM (";
        const RESOLVE_WHERE: &str = ") AS r WHERE notifications.state = 'open' \
            AND notifications.user_id = r.column1 AND notifications.resolve_key = r.column2 \
            RETURNING 'resolved' AS tag, id, user_id, resolve_key AS key, 0 AS occurrences, \
                NULL AS emailed_event_id";
        const UPSERT: &str = "INSERT INTO notifications (id, user_id, kind, category, severity, state, \
            condition_key, resolve_key, platforms, params, language, occurrences, first_event_id, \
            last_event_id, emailed_event_id, emailed_at, created_at, last_seen_at, expires_at, version)";
        const UPSERT_CONFLICT: &str = concat!(
            upsert_conflict!("?"),
            "RETURNING 'upserted' AS tag, id, user_id, condition_key AS key, occurrences, emailed_event_id"
        );
        let now = clock.now;
        let cutoff = Param::Int(clock.renotify_cutoff);
        let resolves: Vec<(&KeyRow<'_>, i64)> = resolves
            .iter()
            .map(|k| Ok((k, self.stamp(k.user)?)))
            .collect::<Result<_>>()?;
        let rows: Vec<(&UpsertRow<'_>, i64)> = rows
            .iter()
            .map(|r| Ok((r, self.stamp(r.user)?)))
            .collect::<Result<_>>()?;
        let mut script = Script::new();
        script.values(
            (RESOLVE, &[Param::Int(now)]),
            (RESOLVE_WHERE, &[]),
            &resolves,
            3,
            |s, (k, stamp)| {
                s.value(k.user)?;
                s.value(k.key)?;
                s.value(*stamp)
            },
        )?;
        script.values(
            (UPSERT, &[]),
            (UPSERT_CONFLICT, &[cutoff, cutoff, cutoff, cutoff]),
            &rows,
            20,
            |s, (r, stamp)| {
                s.value(r.id.as_str())?;
                s.value(r.user)?;
                s.value(r.kind)?;
                s.value(r.category.as_str())?;
                s.value(r.severity.as_str())?;
                s.value("open")?;
                s.value(r.key.as_str())?;
                s.value(r.resolve)?;
                s.value(r.platforms.as_str())?;
                s.value(r.params.as_str())?;
                s.value(r.language)?;
                s.value(r.n)?;
                s.value(r.first_event)?;
                s.value(r.last_event)?;
                s.value(r.email_event)?;
                s.value(r.email_event.map(|_| now))?;
                s.value(now)?;
                s.value(now)?;
                s.value(r.expires)?;
                s.value(*stamp)
            },
        )?;
        let mut applied = Applied::default();
        for row in script.run::<Changed>(self.conn).await? {
            if !self.changed.contains(&row.user_id) {
                self.changed.insert(row.user_id.clone());
            }
            if row.tag == "resolved" {
                applied.resolved.push((row.id, row.user_id, row.key));
            } else {
                applied.upserted.push(Upserted {
                    id: row.id,
                    user_id: row.user_id,
                    condition_key: row.key,
                    occurrences: row.occurrences,
                    emailed_event_id: row.emailed_event_id,
                });
            }
        }
        Ok(applied)
    }

    async fn close(
        &mut self,
        events: &[EventRow<'_>],
        deliveries: &[DeliveryRow<'_>],
        _users: &[&str],
    ) -> Result<Vec<(String, i64)>> {
        const EVENTS: &str =
            "INSERT INTO events (id, user_id, idem_key, body_hash, language, received_at, body, response)";
        const DELIVERIES: &str = "INSERT INTO deliveries (id, user_id, notification_id, event_id, category, \
            language, status, reason, run_at, created_at, updated_at)";
        // `max`: a row changed twice by one batch (in two of its groups) went through the
        // trigger the second time, which may have bumped its user already.
        const BUMP: &str = "UPDATE users SET inbox_version = max(inbox_version, r.column2) FROM (";
        const BUMP_WHERE: &str = ") AS r WHERE users.id = r.column1 RETURNING id, inbox_version";
        let events: Vec<(&EventRow<'_>, String)> = events
            .iter()
            .map(|e| Ok((e, json(e.response)?)))
            .collect::<Result<_>>()?;
        let bumps: Vec<(&str, i64)> = self
            .changed
            .iter()
            .map(|user| Ok((user.as_str(), self.stamp(user)?)))
            .collect::<Result<_>>()?;
        let mut script = Script::new();
        script.values((EVENTS, &[]), ("", &[]), &events, 8, |s, (e, response)| {
            s.value(e.id)?;
            s.value(e.user)?;
            s.value(e.key)?;
            s.value(e.hash)?;
            s.value(e.language)?;
            s.value(e.received)?;
            s.value(e.body)?;
            s.value(response.as_str())
        })?;
        script.values((DELIVERIES, &[]), ("", &[]), deliveries, 11, |s, d| {
            s.value(d.id.as_str())?;
            s.value(d.user)?;
            s.value(d.notification.as_str())?;
            s.value(d.event)?;
            s.value(d.category.as_str())?;
            s.value(d.language)?;
            s.value("pending")?;
            s.value(d.reason)?;
            s.value(d.run_at)?;
            s.value(d.created)?;
            s.value(d.created)
        })?;
        script.values((BUMP, &[]), (BUMP_WHERE, &[]), &bumps, 2, |s, (user, stamp)| {
            s.value(*user)?;
            s.value(*stamp)
        })?;
        script.sql("COMMIT", &[])?;
        script.run(self.conn).await
    }
}

/// A row of `open`'s statements, tagged by what it is: a user (`user`, or `reachable` when
/// they have an address) with their inbox version, a user whose notification expired, or an
/// earlier event with one of the batch's idempotency keys.
#[derive(sqlx::FromRow)]
struct OpenedRow {
    tag: String,
    user_id: String,
    key: Option<String>,
    hash: Option<String>,
    response: Option<String>,
    version: Option<i64>,
}

/// A row of `apply`'s statements, tagged by the statement that returned it.
#[derive(sqlx::FromRow)]
struct Changed {
    tag: String,
    id: String,
    user_id: String,
    key: String,
    occurrences: i64,
    emailed_event_id: Option<String>,
}

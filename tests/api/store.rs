//! The store contract: every storage operation behaves the same on SQLite and on PostgreSQL.
//! Each test runs once per backend (PostgreSQL when reachable; see `pg`).

use herald::config::{Config, Database};
use herald::domain::catalog::{Catalog, Category, Severity};
use herald::domain::classify::classify;
use herald::domain::result::parse;
use herald::domain::state::{DeliveryStatus, NotificationState};
use herald::domain::user_id::UserId;
use herald::store::outbox::{DeliveryFilter, Outcome};
use herald::store::{
    ArchivedFilter, Changed, Db, InboxQuery, IngestJob, IngestReply, PutUser, ReadFilter, StateChange,
    StoreOptions, UserProfile,
};
use jiff::Timestamp;
use serde_json::{Value, json};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection, Executor, PgConnection, SqliteConnection};

use crate::pg::{TestDatabase, database};

/// A store on each backend, with what keeps it alive.
struct Backend {
    name: &'static str,
    db: Db,
    /// The same database, for what the store does not offer (schema, damaged rows).
    raw: Raw,
    _dir: tempfile::TempDir,
    _pg: Option<TestDatabase>,
}

enum Raw {
    Sqlite(std::path::PathBuf),
    Postgres(String),
}

impl Raw {
    async fn execute(&self, sql: &str) {
        match self {
            Self::Sqlite(path) => {
                let mut conn = SqliteConnection::connect_with(&SqliteConnectOptions::new().filename(path))
                    .await
                    .expect("connect");
                conn.execute(sql).await.expect("execute");
            }
            Self::Postgres(url) => {
                let mut conn = PgConnection::connect(url).await.expect("connect");
                conn.execute(sql).await.expect("execute");
            }
        }
    }

    /// The words a column's CHECK constraint allows, as the database holds the schema.
    async fn check_words(&self, table: &str, column: &str) -> Vec<String> {
        let definition: String = match self {
            Self::Sqlite(path) => {
                let mut conn = SqliteConnection::connect_with(&SqliteConnectOptions::new().filename(path))
                    .await
                    .expect("connect");
                let table_sql: String = sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE name = $1")
                    .bind(table)
                    .fetch_one(&mut conn)
                    .await
                    .expect("schema");
                let start = table_sql
                    .find(&format!("CHECK ({column} IN ("))
                    .unwrap_or_else(|| panic!("no CHECK on {table}.{column}"));
                let rest = &table_sql[start..];
                rest[..rest.find(')').expect("closed")].to_owned()
            }
            Self::Postgres(url) => {
                let mut conn = PgConnection::connect(url).await.expect("connect");
                sqlx::query_scalar(
                    "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint AS c \
                     JOIN pg_class AS t ON t.oid = c.conrelid \
                     JOIN pg_attribute AS a ON a.attrelid = t.oid AND a.attnum = ANY (c.conkey) \
                     WHERE c.contype = 'c' AND t.relname = $1 AND a.attname = $2",
                )
                .bind(table)
                .bind(column)
                .fetch_one(&mut conn)
                .await
                .expect("constraint")
            }
        };
        // The quoted parts are the words: `IN ('open', ...)` or `ANY (ARRAY['open'::text, ...])`.
        definition
            .split('\'')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    }
}

/// The store as herald's defaults configure it (`synchronous=full`, a day between re-notifying),
/// with no batch window.
fn default_options() -> StoreOptions {
    let config = Config::from_toml("[email]\nbatch_window = '0s'").expect("config");
    StoreOptions::from_config(&config)
}

async fn backends() -> Vec<Backend> {
    let options = default_options();
    let dir = tempfile::tempdir().expect("dir");
    let sqlite = Db::open(&Database::Sqlite(dir.path().join("t.db")), options.clone())
        .await
        .expect("sqlite");
    let mut backends = vec![Backend {
        name: "sqlite",
        db: sqlite,
        raw: Raw::Sqlite(dir.path().join("t.db")),
        _dir: dir,
        _pg: None,
    }];
    if let Some(pg) = database().await {
        let db = Db::open(&Database::Postgres(pg.url.as_str().into()), options)
            .await
            .expect("postgres");
        backends.push(Backend {
            name: "postgres",
            db,
            raw: Raw::Postgres(pg.url.clone()),
            _dir: tempfile::tempdir().expect("dir"),
            _pg: Some(pg),
        });
    }
    backends
}

fn job(catalog: &Catalog, user: &str, body: &Value, key: &str) -> IngestJob {
    let now = Timestamp::now();
    IngestJob {
        event_id: uuid::Uuid::now_v7().to_string(),
        user_id: UserId::parse(user).expect("user"),
        idem_key: Some(key.to_owned()),
        body_hash: key.to_owned(),
        language: None,
        received_at: now.as_millisecond(),
        body: body.to_string(),
        classification: classify(catalog, &parse(body).expect("result"), now),
    }
}

fn body(reply: &IngestReply) -> Value {
    match reply {
        IngestReply::Stored(receipt) | IngestReply::Replayed(receipt) => {
            serde_json::to_value(receipt).expect("json")
        }
        IngestReply::KeyReused => Value::Null,
    }
}

fn now() -> i64 {
    Timestamp::now().as_millisecond()
}

fn user(id: &str) -> UserId {
    UserId::parse(id).expect("user")
}

fn everything(limit: u32) -> InboxQuery {
    InboxQuery {
        read: ReadFilter::All,
        archived: ArchivedFilter::All,
        category: None,
        after: None,
        limit,
    }
}

#[tokio::test]
async fn a_batch_behaves_like_its_results_one_after_another() {
    let catalog = Catalog::embedded().expect("catalog");
    for backend in backends().await {
        let db = &backend.db;
        let failure = json!({"id": "p1", "errors": [{"code": 161, "platform": "facebook"}]});
        let success = json!({"id": "p2", "postIds": [{"status": "success", "platform": "facebook"}]});
        let again = json!({"id": "p3", "errors": [{"code": 161, "platform": "facebook"}]});
        let jobs = [
            job(&catalog, "u", &failure, "a"),
            job(&catalog, "u", &success, "b"),
            job(&catalog, "u", &again, "c"),
            job(&catalog, "u", &failure, "a"),
        ];
        let stored = db.ingest_batch(&jobs, now()).await.expect("stored");
        let bodies: Vec<Value> = stored.replies.iter().map(body).collect();
        let first_id = &bodies[0]["notifications"][0]["id"];
        assert_eq!(bodies[1]["resolved"], json!([first_id]), "{}", backend.name);
        assert_eq!(
            bodies[2]["notifications"][0]["outcome"], "created",
            "{}",
            backend.name
        );
        assert_ne!(&bodies[2]["notifications"][0]["id"], first_id, "{}", backend.name);
        assert_eq!(bodies[3], bodies[0], "{}", backend.name);
        assert!(
            matches!(stored.replies[3], IngestReply::Replayed(_)),
            "{}",
            backend.name
        );

        // The same key again in a later batch replays; with another body it is refused.
        let later = db.ingest_batch(&jobs[..1], now()).await.expect("stored");
        assert_eq!(body(&later.replies[0]), bodies[0], "{}", backend.name);
        let mut reused = job(&catalog, "u", &again, "a");
        reused.body_hash = "different".into();
        let refused = db.ingest_batch(&[reused], now()).await.expect("stored");
        assert_eq!(refused.replies[0], IngestReply::KeyReused, "{}", backend.name);

        let rows = db.inbox_page(&user("u"), &everything(10)).await.expect("inbox");
        let mut states: Vec<(&str, &str)> =
            rows.iter().map(|r| (r.kind.as_str(), r.state.as_str())).collect();
        states.sort_unstable();
        let expected = [
            ("account-disconnected", "open"),
            ("account-disconnected", "resolved"),
            ("post-published", "open"),
        ];
        assert_eq!(states, expected, "{}", backend.name);
        db.close().await;
    }
}

#[tokio::test]
async fn users_keys_and_secrets() {
    for backend in backends().await {
        let db = &backend.db;
        let alice = user("alice");
        let profile = UserProfile {
            email: Some("alice@example.com".into()),
            name: Some("Alice".into()),
            locale: Some("fr".into()),
            timezone: Some("Europe/Paris".into()),
            quiet_hours: None,
            ayrshare_ref_ids: Some(vec!["ref-a".into()]),
        };
        assert_eq!(
            db.put_user(&alice, &profile, now()).await.expect("put"),
            PutUser::Created,
            "{}: new",
            backend.name
        );
        assert_eq!(
            db.put_user(&alice, &profile, now() + 1).await.expect("put"),
            PutUser::Updated,
            "{}: replaced",
            backend.name
        );
        assert_eq!(db.profiles_of(&alice).await.expect("refs"), ["ref-a"]);
        assert_eq!(
            db.put_user(&user("bob"), &profile, now()).await.expect("put"),
            PutUser::RefIdTaken {
                ref_id: "ref-a".into(),
                user_id: "alice".into()
            },
            "{}: one user per refId",
            backend.name
        );
        assert!(
            db.user(&user("bob")).await.expect("user").is_none(),
            "{}: rolled back",
            backend.name
        );
        let row = db.user(&alice).await.expect("user").expect("exists");
        assert_eq!(row.email.as_deref(), Some("alice@example.com"));
        assert_eq!(
            db.inbox_version(&alice).await.expect("version"),
            Some(1),
            "{}",
            backend.name
        );

        db.insert_key("k1", "first", &[1; 32], now()).await.expect("key");
        assert_eq!(
            db.key("k1").await.expect("key").map(|k| k.secret_hash),
            Some(vec![1; 32])
        );
        assert_eq!(db.keys().await.expect("keys").len(), 1);
        assert!(db.revoke_key("k1", now()).await.expect("revoke"));
        assert!(!db.revoke_key("k1", now()).await.expect("revoke"));

        let first = db.secret("signing", || vec![7; 32]).await.expect("secret");
        let second = db.secret("signing", || vec![9; 32]).await.expect("secret");
        assert_eq!(
            first, second,
            "{}: the first instance's secret wins",
            backend.name
        );

        assert_eq!(db.token_generation(&alice).await.expect("generation"), 0);
        assert_eq!(db.delete_user(&alice, now()).await.expect("delete"), Some(1));
        assert!(db.user(&alice).await.expect("user").is_none());
        assert_eq!(db.delete_user(&alice, now()).await.expect("delete"), None);
        assert_eq!(
            db.token_generation(&alice).await.expect("generation"),
            1,
            "{}: the generation outlives the user",
            backend.name
        );
        assert_eq!(db.revoke_tokens(&alice, now()).await.expect("revoke"), 2);
        db.ping().await.expect("ping");
        db.close().await;
    }
}

#[tokio::test]
async fn inbox_pages_filters_and_state() {
    let catalog = Catalog::embedded().expect("catalog");
    for backend in backends().await {
        let db = &backend.db;
        let jobs: Vec<IngestJob> = (0..5)
            .map(|n| {
                let result =
                    json!({"id": format!("p{n}"), "errors": [{"code": 9000 + n, "platform": "reddit"}]});
                job(&catalog, "u", &result, &format!("k{n}"))
            })
            .collect();
        // One millisecond apart, so that the pages have an order to keep.
        let start = now();
        for (n, job) in (0..).zip(&jobs) {
            db.ingest_batch(std::slice::from_ref(job), start + n)
                .await
                .expect("stored");
        }
        let u = user("u");
        let first = db.inbox_page(&u, &everything(2)).await.expect("page");
        assert_eq!(first.len(), 2);
        let after = herald::store::Cursor {
            last_seen_at: first[1].last_seen_at,
            id: first[1].id.clone(),
        };
        let rest = db
            .inbox_page(
                &u,
                &InboxQuery {
                    after: Some(after),
                    ..everything(10)
                },
            )
            .await
            .expect("page");
        assert_eq!(rest.len(), 3, "{}", backend.name);
        assert!(rest.iter().all(|r| first.iter().all(|f| f.id != r.id)));

        let id = first[0].id.clone();
        assert_eq!(
            db.change_state(&u, &id, StateChange::Read, now())
                .await
                .expect("read"),
            Changed::Yes
        );
        assert_eq!(
            db.change_state(&u, &id, StateChange::Read, now())
                .await
                .expect("read"),
            Changed::AlreadySo
        );
        assert_eq!(
            db.change_state(&u, "nope", StateChange::Read, now())
                .await
                .expect("read"),
            Changed::NotFound
        );
        assert_eq!(
            db.change_state(&u, &id, StateChange::Archive, now())
                .await
                .expect("archive"),
            Changed::Yes
        );
        let counts = db.inbox_counts(&u).await.expect("counts");
        assert_eq!((counts.unread, counts.total), (4, 4), "{}", backend.name);
        let unread = InboxQuery {
            read: ReadFilter::Unread,
            archived: ArchivedFilter::Active,
            ..everything(10)
        };
        assert_eq!(db.inbox_page(&u, &unread).await.expect("page").len(), 4);
        let publish = InboxQuery {
            category: Some(Category::Publish),
            ..everything(10)
        };
        assert_eq!(db.inbox_page(&u, &publish).await.expect("page").len(), 5);
        assert_eq!(db.mark_all(&u, true, now()).await.expect("seen"), 4);
        assert_eq!(db.mark_all(&u, false, now()).await.expect("read"), 4);
        assert_eq!(db.inbox_counts(&u).await.expect("counts").unread, 0);

        // Expiry closes what is due.
        let limited =
            json!({"errors": [{"code": 435, "platform": "instagram", "details": "Retry-After: 1"}]});
        db.ingest_batch(&[job(&catalog, "v", &limited, "r")], now())
            .await
            .expect("stored");
        assert_eq!(
            db.expire_due(now() + 5_000).await.expect("expire").len(),
            1,
            "{}",
            backend.name
        );
        db.close().await;
    }
}

#[tokio::test]
async fn deliveries_claims_outcomes_and_preferences() {
    let catalog = Catalog::embedded().expect("catalog");
    for backend in backends().await {
        let db = &backend.db;
        let u = user("u");
        let profile = UserProfile {
            email: Some("u@example.com".into()),
            ..UserProfile::default()
        };
        db.put_user(&u, &profile, now()).await.expect("put");
        let first = json!({"id": "p1", "errors": [{"code": 161, "platform": "facebook"}]});
        let second = json!({"id": "p2", "errors": [{"code": 416, "platform": "twitter"}]});
        let stored = db
            .ingest_batch(
                &[job(&catalog, "u", &first, "a"), job(&catalog, "u", &second, "b")],
                now(),
            )
            .await
            .expect("stored");
        assert_eq!(stored.due_now, 2, "{}", backend.name);
        // A user without an address queues nothing.
        let bare = db
            .ingest_batch(&[job(&catalog, "bare", &first, "c")], now())
            .await
            .expect("stored");
        assert_eq!(bare.due_now, 0, "{}", backend.name);

        let t = now();
        assert!(
            db.next_delivery_due()
                .await
                .expect("due")
                .is_some_and(|due| due <= t)
        );
        let claimed = db
            .claim_deliveries(t, t + 60_000, "w1", 10, 0)
            .await
            .expect("claim");
        assert_eq!(claimed.len(), 2, "{}", backend.name);
        assert!(
            db.claim_deliveries(t, t + 60_000, "w2", 10, 0)
                .await
                .expect("claim")
                .is_empty(),
            "leased"
        );
        // After the lease, another worker takes them over.
        let taken = db
            .claim_deliveries(t + 61_000, t + 120_000, "w2", 10, 0)
            .await
            .expect("claim");
        assert_eq!(taken.len(), 2, "{}", backend.name);

        let recipients = db.recipients(&["u"], t - 3_600_000).await.expect("recipients");
        assert_eq!(recipients.users.len(), 1);
        let ids: Vec<&str> = taken.iter().map(|d| d.notification_id.as_str()).collect();
        assert_eq!(
            db.email_notifications(&ids).await.expect("notifications").len(),
            2
        );

        let outcome = |id: &str, status: DeliveryStatus| Outcome {
            id: id.into(),
            status,
            reason: status.to_string(),
            run_at: None,
            error: None,
            recipient: Some("u@example.com".into()),
            email_id: Some(taken[0].id.clone()),
            sent_at: (status == DeliveryStatus::Sent).then_some(t),
        };
        // w1's lease ran out: its outcomes are ignored.
        db.record_outcomes("w1", &[outcome(&taken[1].id, DeliveryStatus::Sent)], &[], now())
            .await
            .expect("record");
        let held = db
            .deliveries(&DeliveryFilter {
                limit: 10,
                ..DeliveryFilter::default()
            })
            .await
            .expect("list");
        assert!(
            held.iter().all(|d| d.status == DeliveryStatus::Sending),
            "{}: a lost lease records nothing",
            backend.name
        );
        let suppress = vec![("u".to_owned(), "u@example.com".to_owned(), "550".to_owned())];
        db.record_outcomes(
            "w2",
            &[
                outcome(&taken[0].id, DeliveryStatus::Sent),
                outcome(&taken[1].id, DeliveryStatus::Dead),
            ],
            &suppress,
            now(),
        )
        .await
        .expect("record");
        let all = db
            .deliveries(&DeliveryFilter {
                limit: 10,
                ..DeliveryFilter::default()
            })
            .await
            .expect("list");
        let mut statuses: Vec<&str> = all.iter().map(|d| d.status.as_str()).collect();
        statuses.sort_unstable();
        assert_eq!(statuses, ["dead", "sent"], "{}", backend.name);
        let recipients = db.recipients(&["u"], t - 3_600_000).await.expect("recipients");
        assert_eq!(recipients.suppressed.len(), 1);
        assert_eq!(
            recipients.recent.first().map(|r| r.1),
            Some(1),
            "{}",
            backend.name
        );

        let dead = all
            .iter()
            .find(|d| d.status == DeliveryStatus::Dead)
            .expect("dead");
        assert!(db.retry_delivery(&dead.id, now()).await.expect("retry"));
        assert!(
            !db.retry_delivery(&dead.id, now()).await.expect("retry"),
            "pending now"
        );
        assert!(
            db.recipients(&["u"], t)
                .await
                .expect("recipients")
                .suppressed
                .is_empty()
        );

        db.replace_preferences(
            &u,
            &[
                ("billing".into(), "email".into()),
                ("analytics".into(), "inbox".into()),
            ],
            now(),
        )
        .await
        .expect("prefs");
        db.unsubscribe(&u, &["media".into()], now())
            .await
            .expect("unsubscribe");
        db.unsubscribe(&u, &["media".into()], now()).await.expect("again");
        let prefs = db.preferences(&u).await.expect("prefs");
        assert_eq!(prefs.len(), 3, "{}", backend.name);
        assert!(prefs.iter().all(|p| !p.enabled));
        let muted = db.recipients(&["u"], t).await.expect("recipients").muted;
        assert_eq!(muted.len(), 2, "{}: email only", backend.name);
        db.close().await;
    }
}

#[tokio::test]
async fn check_constraints_allow_exactly_the_enums_words() {
    let words = |all: &[&str]| all.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
    let states = words(&NotificationState::ALL.map(NotificationState::as_str));
    let statuses = words(&DeliveryStatus::ALL.map(DeliveryStatus::as_str));
    let categories = words(&Category::ALL.map(Category::as_str));
    let severities = words(&Severity::ALL.map(Severity::as_str));
    for backend in backends().await {
        for (table, column, expected) in [
            ("notifications", "category", &categories),
            ("notifications", "severity", &severities),
            ("deliveries", "category", &categories),
            ("preferences", "category", &categories),
        ] {
            let found = backend.raw.check_words(table, column).await;
            assert_eq!(&found, expected, "{} {table}.{column}", backend.name);
        }
        assert_eq!(
            backend.raw.check_words("notifications", "state").await,
            states,
            "{}",
            backend.name
        );
        assert_eq!(
            backend.raw.check_words("deliveries", "status").await,
            statuses,
            "{}",
            backend.name
        );
        backend.db.close().await;
    }
}

/// A batch's changes carry inbox versions newer than any a reader saw before it and no newer
/// than the user's version after it, also for a row the batch changes twice (bumped, then
/// resolved by a later result of the same batch); a user whose inbox it leaves alone keeps
/// their version, so their ETag still matches.
#[tokio::test]
async fn every_change_of_a_batch_is_newer_than_what_readers_saw() {
    let catalog = Catalog::embedded().expect("catalog");
    let failure = json!({"id": "p1", "errors": [{"code": 161, "platform": "facebook"}]});
    let success = json!({"id": "p2", "postIds": [{"status": "success", "platform": "facebook"}]});
    let nothing = json!({"id": "p3", "status": "success"});
    for backend in backends().await {
        let db = &backend.db;
        db.ingest_batch(
            &[
                job(&catalog, "u", &failure, "a"),
                job(&catalog, "b", &failure, "b1"),
            ],
            now(),
        )
        .await
        .expect("stored");
        let version = |id: &'static str| async move {
            db.inbox_version(&user(id)).await.expect("version").expect("user")
        };
        let (seen, bystander) = (version("u").await, version("b").await);
        assert!(seen > 0, "{}", backend.name);

        let stored = db
            .ingest_batch(
                &[
                    job(&catalog, "u", &failure, "c"),
                    job(&catalog, "u", &success, "d"),
                    job(&catalog, "u", &failure, "e"),
                    job(&catalog, "b", &nothing, "b2"),
                ],
                now(),
            )
            .await
            .expect("stored");
        let after = version("u").await;
        assert!(after > seen, "{}", backend.name);
        assert!(
            stored.versions.contains(&("u".to_owned(), after)),
            "{}",
            backend.name
        );
        let changed = db.inbox_changes(&user("u"), seen, 100).await.expect("changes");
        let mut states: Vec<(&str, &str, i64)> = changed
            .iter()
            .map(|r| (r.kind.as_str(), r.state.as_str(), r.occurrences))
            .collect();
        states.sort_unstable();
        let expected = [
            ("account-disconnected", "open", 1),
            ("account-disconnected", "resolved", 2),
            ("post-published", "open", 1),
        ];
        assert_eq!(states, expected, "{}", backend.name);
        for row in &changed {
            assert!(
                row.version > seen && row.version <= after,
                "{}: {row:?}",
                backend.name
            );
        }
        assert!(
            db.inbox_changes(&user("u"), after, 100)
                .await
                .expect("changes")
                .is_empty(),
            "{}",
            backend.name
        );
        assert_eq!(version("b").await, bystander, "{}", backend.name);
        db.close().await;
    }
}

#[tokio::test]
async fn a_batch_expires_only_its_own_users_notifications() {
    let catalog = Catalog::embedded().expect("catalog");
    let limited = json!({"errors": [{"code": 435, "platform": "instagram", "details": "Retry-After: 1"}]});
    for backend in backends().await {
        let db = &backend.db;
        db.ingest_batch(
            &[
                job(&catalog, "v", &limited, "v1"),
                job(&catalog, "w", &limited, "w1"),
            ],
            now(),
        )
        .await
        .expect("stored");
        // Later than both expiries, a batch for w alone: w's row is expired, so w's repeat
        // opens a new notification; v's row is left to the sweep.
        let later = now() + 5_000;
        let stored = db
            .ingest_batch(&[job(&catalog, "w", &limited, "w2")], later)
            .await
            .expect("stored");
        assert_eq!(
            body(&stored.replies[0])["notifications"][0]["outcome"],
            "created",
            "{}",
            backend.name
        );
        let w = db.inbox_page(&user("w"), &everything(10)).await.expect("inbox");
        let mut w_states: Vec<NotificationState> = w.iter().map(|r| r.state).collect();
        w_states.sort_unstable_by_key(|s| s.as_str());
        assert_eq!(
            w_states,
            [NotificationState::Expired, NotificationState::Open],
            "{}",
            backend.name
        );
        let v = db.inbox_page(&user("v"), &everything(10)).await.expect("inbox");
        assert_eq!(
            v[0].state,
            NotificationState::Open,
            "{}: not v's batch",
            backend.name
        );
        assert_eq!(
            v[0].effective_state(later),
            NotificationState::Expired,
            "{}: but expired to every reader",
            backend.name
        );
        // v's, and w's new one (its second is also up by then).
        assert_eq!(
            db.expire_due(later).await.expect("sweep").len(),
            2,
            "{}",
            backend.name
        );
        let v = db.inbox_page(&user("v"), &everything(10)).await.expect("inbox");
        assert_eq!(v[0].state, NotificationState::Expired, "{}: swept", backend.name);
        db.close().await;
    }
}

#[tokio::test]
async fn unreadable_parameters_are_flagged_and_old_ones_still_read() {
    let catalog = Catalog::embedded().expect("catalog");
    for backend in backends().await {
        let db = &backend.db;
        let failure = json!({"id": "p1", "errors": [{"code": 161, "platform": "facebook", "message": "m"}]});
        db.ingest_batch(&[job(&catalog, "u", &failure, "a")], now())
            .await
            .expect("stored");
        let stored = db.inbox_page(&user("u"), &everything(1)).await.expect("inbox");
        let read = stored[0].read_params();
        assert!(!read.unreadable, "{}", backend.name);
        assert_eq!(read.params.code.as_deref(), Some("161"), "{}", backend.name);
        assert!(
            stored[0].params.contains(r#""v":1"#),
            "{}: versioned",
            backend.name
        );

        // Stored before the version existed: read as version 1.
        backend
            .raw
            .execute(r#"UPDATE notifications SET params = '{"code":"161","message":"m"}'"#)
            .await;
        let legacy = db.inbox_page(&user("u"), &everything(1)).await.expect("inbox");
        assert_eq!(
            legacy[0].read_params().params.message.as_deref(),
            Some("m"),
            "{}",
            backend.name
        );

        // A field this herald does not know (renamed without a new version) is not dropped
        // silently: the notification is flagged.
        backend
            .raw
            .execute(r#"UPDATE notifications SET params = '{"v":1,"error_code":"161"}'"#)
            .await;
        let damaged = db.inbox_page(&user("u"), &everything(1)).await.expect("inbox");
        assert!(damaged[0].read_params().unreadable, "{}", backend.name);
        db.close().await;
    }
}

#[tokio::test]
async fn transient_failures_are_told_from_faults() {
    for backend in backends().await {
        let db = &backend.db;
        db.insert_key("k1", "first", &[1; 32], now()).await.expect("key");
        let duplicate = db
            .insert_key("k1", "again", &[1; 32], now())
            .await
            .expect_err("duplicate");
        assert!(!duplicate.is_transient(), "{}: {duplicate}", backend.name);
        if let Raw::Postgres(_) = &backend.raw {
            // An administrator ends the store's connections (as a restart or failover does).
            backend
                .raw
                .execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = current_database() AND pid <> pg_backend_pid()",
                )
                .await;
            let cut = db.ping().await.expect_err("terminated");
            assert!(cut.is_transient(), "{}: {cut}", backend.name);
        }
        db.close().await;
        let closed = db.ping().await.expect_err("closed");
        assert!(closed.is_transient(), "{}: {closed}", backend.name);
    }
}

/// A batch whose rows need more parameters than one SQLite statement takes (32,766: here
/// 2,000 notifications of 19 values each) is stored whole, and is replayed whole.
#[tokio::test]
async fn a_batch_larger_than_one_statement_is_stored_whole() {
    let catalog = Catalog::embedded().expect("catalog");
    let result = json!({"id": "p1", "errors": [{"code": 161, "platform": "facebook"}]});
    for backend in backends().await {
        let db = &backend.db;
        let jobs: Vec<IngestJob> = (0..2_000)
            .map(|i| job(&catalog, &format!("big-{i}"), &result, "k"))
            .collect();
        let stored = db.ingest_batch(&jobs, now()).await.expect("batch");
        let mut ids = std::collections::HashSet::new();
        for reply in &stored.replies {
            let IngestReply::Stored(receipt) = reply else {
                panic!("{}: {reply:?}", backend.name)
            };
            assert_eq!(receipt.notifications.len(), 1, "{}", backend.name);
            ids.insert(receipt.notifications[0].id.clone());
        }
        assert_eq!(ids.len(), 2_000, "{}: one notification per user", backend.name);
        let again = db.ingest_batch(&jobs, now()).await.expect("again");
        assert!(
            again
                .replies
                .iter()
                .all(|r| matches!(r, IngestReply::Replayed(_))),
            "{}",
            backend.name
        );
        db.close().await;
    }
}

/// A transaction that reads before it writes waits for a writer that holds the lock, and
/// then writes: it does not fail because that writer committed after its read (SQLite's
/// `SQLITE_BUSY_SNAPSHOT`, which once answered an unsubscribe link with 503).
#[tokio::test]
async fn a_transaction_that_reads_first_waits_for_the_writer_instead_of_failing() {
    let backend = backends().await.remove(0);
    let Raw::Sqlite(path) = &backend.raw else {
        unreachable!("the first backend is SQLite")
    };
    let db = &backend.db;
    let u = user("u");
    db.put_user(&u, &UserProfile::default(), now())
        .await
        .expect("put");
    let mut other = SqliteConnection::connect_with(&SqliteConnectOptions::new().filename(path))
        .await
        .expect("connect");
    other
        .execute("BEGIN IMMEDIATE; UPDATE users SET updated_at = updated_at + 1")
        .await
        .expect("lock");
    let mut unsubscribe = tokio::spawn({
        let db = db.clone();
        let u = u.clone();
        async move { db.unsubscribe(&u, &["media".into()], now()).await }
    });
    // How long a transaction that upgrades its read lock is given to fail; one that takes the
    // write lock first waits for the other writer, however long it holds it.
    let early = tokio::time::timeout(std::time::Duration::from_millis(500), &mut unsubscribe).await;
    assert!(
        early.is_err(),
        "the unsubscribe ended while another writer held the lock: {early:?}"
    );
    other.execute("COMMIT").await.expect("commit");
    unsubscribe
        .await
        .expect("task")
        .expect("unsubscribe after the commit");
    let prefs = db.preferences(&u).await.expect("prefs");
    assert_eq!(prefs.len(), 1, "{prefs:?}");
    db.close().await;
}

/// Migration 3 rebuilds three SQLite tables to add CHECKs: rows, triggers and cascades survive
/// it, and a word outside the enums is refused afterwards.
#[tokio::test]
async fn the_sqlite_rebuild_keeps_rows_triggers_and_cascades() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("old.db");
    let before = tempfile::tempdir().expect("dir");
    for name in ["0001_init.sql", "0002_email.sql"] {
        let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations/sqlite")
            .join(name);
        std::fs::copy(source, before.path().join(name)).expect("copy");
    }
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .foreign_keys(true);
    let mut conn = SqliteConnection::connect_with(&options).await.expect("connect");
    let migrator = sqlx::migrate::Migrator::new(before.path())
        .await
        .expect("migrations");
    migrator.run(&mut conn).await.expect("the first two migrations");
    for statement in [
        "INSERT INTO users (id, created_at, updated_at) VALUES ('u', 0, 0)",
        "INSERT INTO notifications (id, user_id, kind, category, severity, state, condition_key, \
         platforms, params, occurrences, first_event_id, last_event_id, created_at, last_seen_at) \
         VALUES ('n', 'u', 'k', 'media', 'warning', 'open', 'c', '[]', '{}', 1, 'e', 'e', 0, 0)",
        "INSERT INTO deliveries (id, user_id, notification_id, event_id, category, status, reason, \
         run_at, created_at, updated_at) VALUES ('d', 'u', 'n', 'e', 'media', 'pending', 'r', 0, 0, 0)",
        "INSERT INTO preferences (user_id, category, channel, enabled, updated_at) \
         VALUES ('u', 'media', 'email', 0, 0)",
    ] {
        sqlx::query(statement).execute(&mut conn).await.expect(statement);
    }
    conn.close().await.expect("close");

    let db = Db::open(&Database::Sqlite(path.clone()), default_options())
        .await
        .expect("migrated");
    db.close().await;
    let mut conn = SqliteConnection::connect_with(&options).await.expect("connect");
    let count = |table: &'static str| format!("SELECT count(*) FROM {table}");
    for table in ["notifications", "deliveries", "preferences"] {
        let rows: i64 = sqlx::query_scalar(&count(table))
            .fetch_one(&mut conn)
            .await
            .expect("count");
        assert_eq!(rows, 1, "{table} kept its row");
    }
    let version = "SELECT inbox_version FROM users WHERE id = 'u'";
    let seen: i64 = sqlx::query_scalar(version)
        .fetch_one(&mut conn)
        .await
        .expect("version");
    sqlx::query("UPDATE notifications SET read_at = 1")
        .execute(&mut conn)
        .await
        .expect("read");
    let after: i64 = sqlx::query_scalar(version)
        .fetch_one(&mut conn)
        .await
        .expect("version");
    assert_eq!(after, seen + 1, "the version trigger is back");
    let refused = sqlx::query("UPDATE notifications SET category = 'gossip'")
        .execute(&mut conn)
        .await;
    assert!(refused.is_err(), "a word outside the enum is refused");
    sqlx::query("DELETE FROM users")
        .execute(&mut conn)
        .await
        .expect("erase");
    for table in ["notifications", "deliveries", "preferences"] {
        let rows: i64 = sqlx::query_scalar(&count(table))
            .fetch_one(&mut conn)
            .await
            .expect("count");
        assert_eq!(rows, 0, "erasing the user cascades to {table}");
    }
}

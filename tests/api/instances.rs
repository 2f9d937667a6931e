//! Several herald processes on one PostgreSQL database: exactly-once effects, lease takeover
//! after SIGKILL, and moving a SQLite deployment over.

use std::collections::HashSet;
use std::time::Duration;

use futures::future::join_all;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use sqlx::Connection;

use crate::helpers::{fixture, run_herald, spawn_sqlite, start_herald};
use crate::live::{Events, changed};
use crate::pg::database;
use crate::smtp::Sink;

/// Environment for an instance on `database` mailing to `smtp`.
fn instance_env(
    database: &str,
    smtp: &str,
    dir: &tempfile::TempDir,
    extra: &[(&'static str, &str)],
) -> Vec<(&'static str, String)> {
    let mut env = vec![
        ("HERALD_DATABASE_URL", database.to_owned()),
        ("HERALD_DATA_DIR", dir.path().display().to_string()),
        ("HERALD_SMTP_URL", smtp.to_owned()),
        ("HERALD_EMAIL__HOURLY_CAP", "100".to_owned()),
        ("HERALD_EMAIL__RETRY_BASE", "100ms".to_owned()),
        ("HERALD_EMAIL__RETRY_MAX", "200ms".to_owned()),
    ];
    env.extend(extra.iter().map(|(name, value)| (*name, (*value).to_owned())));
    env
}

async fn post(client: &Client, base: &str, key: &str, user: &str, body: &str, idem: Option<&str>) -> Value {
    let mut request = client
        .post(format!("{base}/v1/users/{user}/results"))
        .bearer_auth(key)
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(idem) = idem {
        request = request.header("idempotency-key", idem);
    }
    let response = request.send().await.expect("answer");
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    response.json().await.expect("json")
}

/// GETs as the operator from one instance and returns the JSON body.
async fn get_json(client: &Client, url: String, key: &str) -> Value {
    let response = client
        .get(url)
        .bearer_auth(key)
        .send()
        .await
        .expect("herald answers");
    assert!(response.status().is_success(), "{}", response.status());
    response.json().await.expect("json")
}

async fn deliveries(client: &Client, base: &str, key: &str, status: &str) -> Vec<Value> {
    let page = get_json(
        client,
        format!("{base}/v1/deliveries?status={status}&limit=200"),
        key,
    )
    .await;
    page["items"].as_array().cloned().unwrap_or_default()
}

async fn wait_for_sent(client: &Client, base: &str, key: &str, count: usize) -> Vec<Value> {
    for _ in 0..600 {
        let sent = deliveries(client, base, key, "sent").await;
        if sent.len() >= count {
            return sent;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "only {} of {count} deliveries were sent",
        deliveries(client, base, key, "sent").await.len()
    );
}

#[tokio::test]
async fn two_instances_deliver_every_email_exactly_once() {
    let Some(pg) = database().await else { return };
    let (sink, addr) = Sink::start();
    let smtp = format!("smtp://{addr}");
    let (dir_a, dir_b) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let window = [("HERALD_EMAIL__BATCH_WINDOW", "300ms")];
    let env_a = instance_env(&pg.url, &smtp, &dir_a, &window);
    let env_b = instance_env(&pg.url, &smtp, &dir_b, &window);
    let key = run_herald(&["keys", "create", "--name", "both"], &env_a);
    let (herald_a, herald_b) = (start_herald(&env_a).await, start_herald(&env_b).await);
    let (a, b) = (herald_a.base(), herald_b.base());
    let client = Client::new();
    const USERS: usize = 12;
    for n in 0..USERS {
        let profile = json!({"email": format!("user-{n}@example.com")});
        let response = client
            .put(format!("{a}/v1/users/u{n}"))
            .bearer_auth(&key)
            .json(&profile)
            .send()
            .await
            .expect("put");
        assert!(response.status().is_success());
    }

    // Per user: a result sent to one instance, and another sent to both at once with one key.
    let credits = fixture("x-credits-depleted-416.json");
    let mut posts = Vec::new();
    for n in 0..USERS {
        let user = format!("u{n}");
        let own = json!({"status": "error", "id": format!("p{n}"), "errors": [{"code": 161, "platform": "facebook"}]})
            .to_string();
        let (a, b) = (a.as_str(), b.as_str());
        let base = if n % 2 == 0 { a } else { b };
        let (client, key, credits) = (&client, &key, &credits);
        posts.push(Box::pin(async move {
            let idem = format!("dup-{n}");
            let (first, second, _) = tokio::join!(
                post(client, a, key, &user, credits, Some(&idem)),
                post(client, b, key, &user, credits, Some(&idem)),
                post(client, base, key, &user, &own, None),
            );
            assert_eq!(first, second, "both instances answer the same for one key");
        }));
    }
    join_all(posts).await;

    // A delivery is marked sent after the SMTP server accepted it, and a sent delivery is never
    // claimed again: once all are sent, every message either instance will ever send is in
    // the sink, so there is nothing more to wait for.
    let sent = wait_for_sent(&client, &a, &key, USERS * 2).await;
    assert_eq!(sent.len(), USERS * 2, "every delivery sent once, none added");
    let emails: HashSet<&str> = sent.iter().filter_map(|d| d["email_id"].as_str()).collect();
    let received = sink.received();
    assert_eq!(
        received.len(),
        emails.len(),
        "one SMTP message per email, no repeats"
    );
    let ids: HashSet<String> = received
        .iter()
        .filter_map(|raw| {
            mail_parser::MessageParser::default()
                .parse(raw)
                .and_then(|m| m.message_id().map(str::to_owned))
        })
        .collect();
    assert_eq!(ids.len(), received.len(), "no Message-ID twice");
    for n in 0..USERS {
        let inbox = get_json(&client, format!("{b}/v1/users/u{n}/inbox"), &key).await;
        assert_eq!(inbox["counts"]["total"], 2, "u{n}: no duplicated notification");
        assert!(
            inbox["items"]
                .as_array()
                .expect("items")
                .iter()
                .all(|i| i["occurrences"] == 1)
        );
    }
}

/// Accepts SMTP connections and never answers: a server that hangs.
fn black_hole() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    port
}

#[tokio::test]
async fn deliveries_held_by_a_killed_instance_are_sent_by_another_after_the_lease() {
    let Some(pg) = database().await else { return };
    let (sink, addr) = Sink::start();
    let (dir_a, dir_b) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let settings = [
        ("HERALD_EMAIL__BATCH_WINDOW", "0s"),
        // A's sends hang longer than the test takes to kill it; the lease must outlast them.
        ("HERALD_EMAIL__LEASE", "9s"),
        ("HERALD_EMAIL__TIMEOUT", "4s"),
    ];
    let env_a = instance_env(
        &pg.url,
        &format!("smtp://127.0.0.1:{}", black_hole()),
        &dir_a,
        &settings,
    );
    let env_b = instance_env(&pg.url, &format!("smtp://{addr}"), &dir_b, &settings);
    let key = run_herald(&["keys", "create", "--name", "lease"], &env_a);
    let mut a = start_herald(&env_a).await;
    let base_a = a.base();
    let client = Client::new();
    const USERS: usize = 5;
    for n in 0..USERS {
        let profile = json!({"email": format!("user-{n}@example.com")});
        client
            .put(format!("{base_a}/v1/users/u{n}"))
            .bearer_auth(&key)
            .json(&profile)
            .send()
            .await
            .expect("put");
        post(
            &client,
            &base_a,
            &key,
            &format!("u{n}"),
            &fixture("facebook-auth-161.json"),
            None,
        )
        .await;
    }
    // A claims them and hangs on its SMTP server.
    for _ in 0..600 {
        if deliveries(&client, &base_a, &key, "sending").await.len() == USERS {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(
        deliveries(&client, &base_a, &key, "sending").await.len(),
        USERS,
        "A holds every delivery"
    );
    a.process.kill().expect("SIGKILL");

    let b = start_herald(&env_b).await;
    let base_b = b.base();
    let sent = wait_for_sent(&client, &base_b, &key, USERS).await;
    assert!(
        sent.iter().all(|d| d["attempts"] == 2),
        "taken over after the lease: {sent:?}"
    );
    assert_eq!(sink.wait_for(USERS).await.len(), USERS);
}

#[tokio::test]
async fn a_sqlite_deployment_moves_to_postgres_idempotently() {
    let Some(pg) = database().await else { return };
    // A SQLite deployment with users, keys, notifications in every state and pending email.
    let app = spawn_sqlite("[email]\nbatch_window = '1h'").await;
    for (user, email) in [("alice", "alice@example.com"), ("bob", "bob@example.com")] {
        app.put_user(user, json!({"email": email})).await;
    }
    for (user, name) in [
        ("alice", "facebook-auth-161.json"),
        ("alice", "x-credits-depleted-416.json"),
        ("bob", "instagram-aspect-ratio-138.json"),
    ] {
        app.ingest(user, &fixture(name)).await;
    }
    let inbox_before = app.inbox("alice", "").await;
    let id = inbox_before["items"][0]["id"].as_str().expect("id").to_owned();
    app.post(&format!("/v1/users/alice/inbox/{id}/read")).await;
    let inbox_before = app.inbox("alice", "").await;
    let key = app.key.clone();
    let data_dir = app.stop().await;

    let env = [("HERALD_DATA_DIR", data_dir.path().display().to_string())];
    run_herald(&["copy-to-postgres", "--to", &pg.url], &env);
    // Again, with the target in the environment, where other users cannot read it.
    let env = [env[0].clone(), ("HERALD_COPY_TO", pg.url.clone())];
    run_herald(&["copy-to-postgres"], &env);
    // Serve from PostgreSQL: same key, same inbox, the pending emails still pending.
    let dir = tempfile::tempdir().expect("dir");
    let pg_env = [
        ("HERALD_DATABASE_URL", pg.url.clone()),
        ("HERALD_DATA_DIR", dir.path().display().to_string()),
        ("HERALD_EMAIL__BATCH_WINDOW", "1h".to_owned()),
    ];
    let server = start_herald(&pg_env).await;
    let base = server.base();
    let client = Client::new();
    let inbox_after = get_json(&client, format!("{base}/v1/users/alice/inbox"), &key).await;
    // Versions are the new database's own: a client following the old ones gets each item once more.
    let without_versions = |page: &Value| {
        let mut items = page["items"].clone();
        for item in items.as_array_mut().expect("items") {
            item.as_object_mut().expect("item").remove("version");
        }
        items
    };
    assert_eq!(without_versions(&inbox_after), without_versions(&inbox_before));
    assert_eq!(inbox_after["counts"], inbox_before["counts"]);
    assert_eq!(deliveries(&client, &base, &key, "pending").await.len(), 3);
    // The idempotency keys came along: the same result again is a replay.
    let again = client
        .post(format!("{base}/v1/users/bob/results"))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(fixture("instagram-aspect-ratio-138.json"))
        .send()
        .await
        .expect("answer");
    assert_eq!(
        again.headers().get("idempotent-replayed").map(|v| v.as_bytes()),
        Some(&b"true"[..])
    );
}

/// The live inbox across instances: a stream on B hears what A ingested, B's memory of the
/// inbox moves with it, and a listener that loses its connection catches up.
#[tokio::test]
async fn a_stream_on_one_instance_follows_what_another_ingests() {
    let Some(pg) = database().await else { return };
    let (_sink, addr) = Sink::start();
    let smtp = format!("smtp://{addr}");
    let (dir_a, dir_b) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let env_a = instance_env(&pg.url, &smtp, &dir_a, &[]);
    let env_b = instance_env(&pg.url, &smtp, &dir_b, &[]);
    let key = run_herald(&["keys", "create", "--name", "both"], &env_a);
    let (herald_a, herald_b) = (start_herald(&env_a).await, start_herald(&env_b).await);
    let (a, b) = (herald_a.base(), herald_b.base());
    let client = Client::new();

    let page = client
        .get(format!("{b}/v1/users/u/inbox"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("inbox");
    let etag = page.headers()["etag"].to_str().expect("etag").to_owned();
    let stream = format!("{b}/v1/users/u/inbox/stream?token={key}");
    let mut events = Events::connect(&client, &stream, &[]).await;
    assert_eq!(events.next().await.expect("ready").event, "ready");

    let failure = |post: &str| {
        json!({"status": "error", "id": post, "errors": [{"code": 161, "platform": "facebook"}]}).to_string()
    };
    let first = post(&client, &a, &key, "u", &failure("p1"), None).await;
    let event = events.next().await.expect("changes");
    assert_eq!(event.event, "changes");
    assert_eq!(
        changed(&event.data),
        [first["notifications"][0]["id"].as_str().expect("id")]
    );
    // B heard it on the bus: its memory of the inbox moved too.
    let again = client
        .get(format!("{b}/v1/users/u/inbox"))
        .bearer_auth(&key)
        .header("if-none-match", &etag)
        .send()
        .await
        .expect("inbox");
    assert_eq!(again.status(), StatusCode::OK);

    // Every listener loses its connection; what A ingests next still reaches B's stream.
    let mut admin = sqlx::PgConnection::connect(&pg.url).await.expect("connect");
    let cut: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND query LIKE 'LISTEN%herald_inbox%'",
    )
    .fetch_all(&mut admin)
    .await
    .expect("terminate");
    assert_eq!(cut, [true, true], "one listener per instance");
    let second = post(&client, &a, &key, "u", &failure("p2"), None).await;
    let second = second["notifications"][0]["id"].as_str().expect("id").to_owned();
    let event = events.next().await.expect("changes after the reconnect");
    assert_eq!(event.event, "changes");
    assert_eq!(
        changed(&event.data),
        [second.as_str()],
        "a bump of the same notification"
    );

    // A change outside ingest (read on A) travels too.
    let read = client
        .post(format!("{a}/v1/users/u/inbox/{second}/read"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("read");
    assert_eq!(read.status(), StatusCode::NO_CONTENT);
    let event = events.next().await.expect("changes after the read");
    assert!(
        event.data["changes"][0]["read_at"].is_string(),
        "{:?}",
        event.data
    );

    // Tokens revoked on A: B's stream opened with one ends at once, B's polls refuse it
    // within the promised time.
    let minted = client
        .post(format!("{b}/v1/users/u/inbox-token"))
        .bearer_auth(&key)
        .send();
    let minted: Value = minted.await.expect("token").json().await.expect("json");
    let token = minted["token"].as_str().expect("token");
    let mut on_token = Events::connect(
        &client,
        &format!("{b}/v1/users/u/inbox/stream?token={token}"),
        &[],
    )
    .await;
    assert_eq!(on_token.next().await.expect("ready").event, "ready");
    let poll = || {
        client
            .get(format!("{b}/v1/users/u/inbox"))
            .bearer_auth(token)
            .send()
    };
    assert_eq!(poll().await.expect("poll").status(), StatusCode::OK);
    let revoked = client
        .post(format!("{a}/v1/users/u/revoke-tokens"))
        .bearer_auth(&key)
        .send();
    assert_eq!(revoked.await.expect("revoke").status(), StatusCode::NO_CONTENT);
    assert_eq!(on_token.next().await.expect("a last word").event, "expired");
    let deadline = std::time::Instant::now() + herald::http::generations::TRUST_TTL * 3;
    while poll().await.expect("poll").status() != StatusCode::UNAUTHORIZED {
        assert!(
            std::time::Instant::now() < deadline,
            "B still honours a revoked token"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Four worker processes drain a backlog of 20,000 deliveries (2,000 users with ten problems
/// each) that an API process queued while none ran: every delivery is sent once, each user's
/// ten in one email (no two workers split a user), and every worker takes a share.
#[tokio::test]
async fn four_workers_drain_a_large_backlog_once_and_share_it() {
    let Some(pg) = database().await else { return };
    let (sink, addr) = Sink::start();
    let smtp = format!("smtp://{addr}");
    let dir = tempfile::tempdir().expect("dir");
    let settings = [("HERALD_EMAIL__BATCH_WINDOW", "0s"), ("HERALD_ROLE", "api")];
    let env = instance_env(&pg.url, &smtp, &dir, &settings);
    let key = run_herald(&["keys", "create", "--name", "backlog"], &env);
    let api = start_herald(&env).await;
    let base = api.base();
    let client = Client::new();
    const USERS: usize = 2_000;
    const PER_USER: usize = 10;
    let platforms = [
        "facebook",
        "instagram",
        "linkedin",
        "tiktok",
        "youtube",
        "pinterest",
        "reddit",
        "threads",
        "bluesky",
        "telegram",
    ];
    let errors: Vec<Value> = platforms
        .iter()
        .map(|p| json!({"code": 161, "platform": p}))
        .collect();
    let result = json!({"status": "error", "errors": errors}).to_string();
    let posts = (0..USERS).map(|n| {
        let (client, base, key, result) = (client.clone(), base.clone(), key.clone(), result.clone());
        async move {
            let user = format!("w{n}");
            let profile = json!({"email": format!("{user}@example.com")});
            let put = client
                .put(format!("{base}/v1/users/{user}"))
                .bearer_auth(&key)
                .json(&profile)
                .send();
            assert!(put.await.expect("put").status().is_success());
            post(&client, &base, &key, &user, &result, None).await;
        }
    });
    posts_in_chunks(posts, 64).await;

    let mut db = sqlx::PgConnection::connect(&pg.url).await.expect("connect");
    let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'")
        .fetch_one(&mut db)
        .await
        .expect("count");
    assert_eq!(queued, (USERS * PER_USER) as i64, "the backlog");

    let worker_dirs: Vec<tempfile::TempDir> = (0..4).map(|_| tempfile::tempdir().expect("dir")).collect();
    let mut workers = Vec::new();
    for dir in &worker_dirs {
        let env = instance_env(
            &pg.url,
            &smtp,
            dir,
            &[("HERALD_ROLE", "worker"), ("HERALD_EMAIL__HOURLY_CAP", "1000")],
        );
        workers.push(start_herald(&env).await);
    }
    let received = sink.wait_for(USERS).await;
    for _ in 0..600 {
        let sent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'")
            .fetch_one(&mut db)
            .await
            .expect("count");
        if sent == (USERS * PER_USER) as i64 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let sent: Vec<(String, String, String, i64)> =
        sqlx::query_as("SELECT user_id, email_id, leased_by, attempts FROM deliveries WHERE status = 'sent'")
            .fetch_all(&mut db)
            .await
            .expect("sent");
    assert_eq!(sent.len(), USERS * PER_USER, "every delivery was sent");
    assert!(sent.iter().all(|d| d.3 == 1), "each in one attempt");
    let emails: HashSet<&str> = sent.iter().map(|d| d.1.as_str()).collect();
    assert_eq!(
        emails.len(),
        USERS,
        "one email per user: no two workers split a user"
    );
    assert_eq!(sink.received().len(), USERS, "and each sent once");
    assert_eq!(received.len(), USERS);
    let mut shares = std::collections::HashMap::<&str, usize>::new();
    for delivery in &sent {
        *shares.entry(delivery.2.as_str()).or_default() += 1;
    }
    assert_eq!(shares.len(), 4, "every worker took part: {shares:?}");
    assert!(
        shares.values().all(|&n| n >= USERS * PER_USER / 20),
        "every worker took a real share (at least 5 %): {shares:?}"
    );
    drop(workers);
}

/// Runs the futures `at_once` at a time, to the end.
async fn posts_in_chunks<F: std::future::Future<Output = ()>>(
    futures: impl Iterator<Item = F>,
    at_once: usize,
) {
    use futures::stream::StreamExt as _;
    futures::stream::iter(futures)
        .buffer_unordered(at_once)
        .collect::<Vec<()>>()
        .await;
}

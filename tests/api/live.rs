//! The live inbox: versions, the change feed, long-poll, server-sent events, the limits on
//! waiting connections, and CORS. (Across instances on PostgreSQL: `instances.rs`.)

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, fixture, inbox_token, spawn_app, spawn_on_clock, spawn_with};

/// How long a test waits for something herald should do at once.
const PATIENCE: Duration = Duration::from_secs(20);

fn failure(post: &str, code: u32) -> String {
    json!({"status": "error", "id": post,
           "errors": [{"code": code, "platform": "reddit", "message": format!("failure {code}")}]})
    .to_string()
}

fn facebook_auth(post: &str) -> String {
    json!({"status": "error", "id": post,
           "errors": [{"code": 161, "platform": "facebook", "message": "Facebook authorization error."}]})
    .to_string()
}

fn facebook_success(post: &str) -> String {
    json!({"status": "success", "id": post, "errors": [],
           "postIds": [{"status": "success", "id": "1", "platform": "facebook"}]})
    .to_string()
}

async fn changes(app: &TestApp, user: &str, query: &str) -> Value {
    app.get_json(&format!("/v1/users/{user}/inbox/changes?{query}"))
        .await
}

/// The ids of a feed's changes, in order.
pub fn changed(feed: &Value) -> Vec<&str> {
    feed["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| c["id"].as_str().expect("id"))
        .collect()
}

fn version(body: &Value) -> i64 {
    body["version"].as_i64().expect("version")
}

/// After each step, exactly the item it changed comes back, in its new state.
#[tokio::test]
async fn every_kind_of_change_is_in_the_feed_once() {
    let app = spawn_on_clock("").await;
    let mut since = version(&app.inbox("u", "").await);
    assert_eq!(since, 0);
    let limited = json!({"status": "error", "id": "r1",
        "errors": [{"code": 435, "platform": "instagram", "details": "Retry-After: 60"}]})
    .to_string();
    let first = app.ingest("u", &facebook_auth("p1")).await["notifications"][0]["id"].clone();
    let other = app.ingest("u", &limited).await["notifications"][0]["id"].clone();
    let id = first.as_str().expect("id");
    let other = other.as_str().expect("id");

    // Created: both, oldest change first; the version is the inbox's.
    let feed = changes(&app, "u", &format!("since={since}")).await;
    assert_eq!(changed(&feed), [id, other]);
    assert_eq!(feed["more"], false);
    assert_eq!(feed["counts"]["unread"], 2);
    assert_eq!(version(&feed), version(&app.inbox("u", "").await));
    assert!(version(&feed) > since);
    since = version(&feed);
    assert_eq!(
        changed(&changes(&app, "u", &format!("since={since}")).await),
        Vec::<&str>::new()
    );

    let post = |path: String| {
        let app = &app;
        async move {
            let status = app.post(&path).await.status();
            assert!(status.is_success(), "{path}: {status}");
        }
    };
    type Check = fn(&Value) -> bool;
    let steps: Vec<(&str, Check)> = vec![
        ("read", |i| !i["read_at"].is_null()),
        ("unread", |i| i["read_at"].is_null()),
        ("archive", |i| !i["archived_at"].is_null()),
        ("unarchive", |i| i["archived_at"].is_null()),
    ];
    for (change, check) in steps {
        post(format!("/v1/users/u/inbox/{id}/{change}")).await;
        let feed = changes(&app, "u", &format!("since={since}")).await;
        assert_eq!(changed(&feed), [id], "{change}");
        assert!(check(&feed["changes"][0]), "{change}: {feed}");
        assert!(version(&feed) > since, "{change}");
        since = version(&feed);
    }

    post("/v1/users/u/inbox/seen-all".into()).await;
    let feed = changes(&app, "u", &format!("since={since}")).await;
    // Reading saw the first one already.
    assert_eq!(changed(&feed), [other], "seen");
    assert!(feed["changes"][0]["seen_at"].is_string());
    since = version(&feed);

    // Bumped: the same problem again.
    app.ingest("u", &facebook_auth("p2")).await;
    let feed = changes(&app, "u", &format!("since={since}")).await;
    assert_eq!(changed(&feed), [id], "bumped");
    assert_eq!(feed["changes"][0]["occurrences"], 2);
    since = version(&feed);

    app.ingest("u", &facebook_success("p3")).await;
    let feed = changes(&app, "u", &format!("since={since}")).await;
    // Resolved by a success on the platform, which is news of its own.
    assert_eq!(changed(&feed)[0], id, "{feed}");
    assert_eq!(feed["changes"][0]["state"], "resolved");
    assert_eq!(feed["changes"][1]["kind"], "post-published");
    assert_eq!(changed(&feed).len(), 2);
    since = version(&feed);

    // Expired: the rate limit's minute passes; the user's next batch stores the expiry.
    app.advance(Duration::from_secs(61));
    app.ingest("u", &failure("p4", 9001)).await;
    let feed = changes(&app, "u", &format!("since={since}")).await;
    let expired = feed["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|c| c["id"] == other)
        .expect("the expired one is a change");
    assert_eq!(expired["state"], "expired");
    assert_eq!(changed(&feed).len(), 2, "the expiry and the new failure");
}

#[tokio::test]
async fn the_feed_pages_by_version_without_losing_or_repeating() {
    let app = spawn_app().await;
    for n in 0..7 {
        app.ingest("u", &failure(&format!("p{n}"), 9000 + n)).await;
    }
    app.post_json("/v1/users/u/inbox/read-all").await;
    let mut since = 0;
    let mut seen = Vec::new();
    loop {
        let feed = changes(&app, "u", &format!("since={since}&limit=3")).await;
        seen.extend(changed(&feed).iter().map(|s| s.to_string()));
        since = version(&feed);
        if feed["more"] == false {
            break;
        }
    }
    // Seven items, each once: reading them all moved each to the end of the feed.
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(seen.len(), 7, "{seen:?}");
    assert_eq!(unique.len(), 7);
    assert_eq!(since, version(&app.inbox("u", "").await));
}

#[tokio::test]
async fn a_version_the_feed_cannot_answer_from_asks_for_a_reload() {
    let app = spawn_app().await;
    app.ingest("u", &failure("p1", 9001)).await;
    let before = version(&app.inbox("u", "").await);

    // From the future (a version this inbox never had).
    let ahead = app
        .get(&format!("/v1/users/u/inbox/changes?since={}", before + 1))
        .await;
    let problem = assert_problem(ahead, StatusCode::GONE).await;
    assert_eq!(problem["type"], "urn:herald:problem:inbox-reload");

    // A preference hides a category: what the client holds cannot be corrected item by item.
    let off = json!({"inbox": {"publish": false}});
    assert!(
        app.put_json("/v1/users/u/preferences", &off)
            .await
            .status()
            .is_success()
    );
    let stale = app
        .get(&format!("/v1/users/u/inbox/changes?since={before}"))
        .await;
    let problem = assert_problem(stale, StatusCode::GONE).await;
    let detail = problem["detail"].as_str().expect("detail");
    assert!(detail.contains("load the inbox again"), "{detail}");
    // From the inbox's new version, the feed answers again.
    let now = version(&app.inbox("u", "").await);
    assert!(now > before);
    assert_eq!(
        changed(&changes(&app, "u", &format!("since={now}")).await),
        Vec::<&str>::new()
    );

    // A profile change re-renders everything: likewise.
    app.put_user("u", json!({"locale": "de"})).await;
    let stale = app.get(&format!("/v1/users/u/inbox/changes?since={now}")).await;
    assert_problem(stale, StatusCode::GONE).await;

    for bad in [
        "",
        "since=x",
        "since=0&wait=0",
        "since=0&wait=31",
        "since=0&limit=0",
        "since=0&nope=1",
    ] {
        let response = app.get(&format!("/v1/users/u/inbox/changes?{bad}")).await;
        assert_problem(response, StatusCode::BAD_REQUEST).await;
    }
}

/// Waits until `user` holds as many waiting connections as one user may (a probe is refused).
async fn until_waiting(app: &TestApp, user: &str) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let probe = app
            .get(&format!("/v1/users/{user}/inbox/changes?since=-1&wait=1"))
            .await;
        if probe.status() == StatusCode::TOO_MANY_REQUESTS {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the long-poll never waited"
        );
    }
}

#[tokio::test]
async fn a_long_poll_wakes_on_a_change_and_answers_empty_when_its_time_is_up() {
    let app = spawn_with("[inbox]\nmax_waiting_per_user = 1\n").await;
    let since = version(&app.inbox("u", "").await);

    // Nothing changes: after its second, an empty answer at the same version.
    let quiet = changes(&app, "u", &format!("since={since}&wait=1")).await;
    assert_eq!(changed(&quiet), Vec::<&str>::new());
    assert_eq!(version(&quiet), since);

    // A change while it waits (for up to 30 s) answers it at once.
    let waiting = {
        let client = app.client.clone();
        let url = app.url(&format!("/v1/users/u/inbox/changes?since={since}&wait=30"));
        let key = app.key.clone();
        tokio::spawn(async move {
            loop {
                let response = client.get(&url).bearer_auth(&key).send().await.expect("answer");
                // The probe below may hold the user's one place for a moment.
                if response.status() == StatusCode::TOO_MANY_REQUESTS {
                    continue;
                }
                assert_eq!(response.status(), StatusCode::OK);
                return response.json::<Value>().await.expect("json");
            }
        })
    };
    until_waiting(&app, "u").await;
    let created = app.ingest("u", &failure("p1", 9001)).await;
    let feed = tokio::time::timeout(PATIENCE, waiting)
        .await
        .expect("woken by the change, not by its 30 s")
        .expect("task");
    assert_eq!(
        changed(&feed),
        [created["notifications"][0]["id"].as_str().expect("id")]
    );
}

/// Server-sent events as a test reads them.
pub struct Events {
    response: reqwest::Response,
    buffer: String,
}

#[derive(Debug)]
pub struct Sse {
    pub event: String,
    pub id: Option<String>,
    pub data: Value,
}

impl Events {
    async fn open(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> Self {
        Self::connect(&app.client, &app.url(path), headers).await
    }

    pub async fn connect(client: &reqwest::Client, url: &str, headers: &[(&str, &str)]) -> Self {
        let mut request = client.get(url);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("answer");
        assert_eq!(response.status(), StatusCode::OK, "{url}");
        let kind = response.headers()["content-type"]
            .to_str()
            .expect("type")
            .to_owned();
        assert!(kind.starts_with("text/event-stream"), "{kind}");
        Self {
            response,
            buffer: String::new(),
        }
    }

    /// The next event (comments skipped); `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Sse> {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut event = Sse {
                    event: "message".into(),
                    id: None,
                    data: Value::Null,
                };
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event: ").or(line.strip_prefix("event:")) {
                        event.event = v.to_owned();
                    } else if let Some(v) = line.strip_prefix("id: ").or(line.strip_prefix("id:")) {
                        event.id = Some(v.to_owned());
                    } else if let Some(v) = line.strip_prefix("data: ").or(line.strip_prefix("data:")) {
                        data.push_str(v);
                    }
                }
                if data.is_empty() {
                    continue;
                }
                event.data = serde_json::from_str(&data).expect("JSON data");
                return Some(event);
            }
            let chunk = tokio::time::timeout(PATIENCE, self.response.chunk())
                .await
                .expect("an event in time")
                .expect("stream readable")?;
            self.buffer.push_str(std::str::from_utf8(&chunk).expect("utf-8"));
        }
    }
}

#[tokio::test]
async fn a_stream_sends_each_change_and_replays_what_a_reconnect_missed() {
    let app = spawn_app().await;
    let token = inbox_token(&app, "u").await;
    let path = format!("/v1/users/u/inbox/stream?token={token}");
    let mut events = Events::open(&app, &path, &[]).await;
    let ready = events.next().await.expect("ready");
    assert_eq!(ready.event, "ready");
    assert_eq!(ready.data["version"], 0);

    let first = app.ingest("u", &failure("p1", 9001)).await;
    let event = events.next().await.expect("changes");
    assert_eq!(event.event, "changes");
    assert_eq!(
        changed(&event.data),
        [first["notifications"][0]["id"].as_str().expect("id")]
    );
    let id = event.id.expect("an id");
    assert_eq!(id, version(&event.data).to_string());
    drop(events);

    // Missed while away; replayed from Last-Event-ID.
    let second = app.ingest("u", &failure("p2", 9002)).await;
    let mut events = Events::open(&app, &path, &[("last-event-id", &id)]).await;
    assert_eq!(events.next().await.expect("ready").event, "ready");
    let replay = events.next().await.expect("replay");
    assert_eq!(
        changed(&replay.data),
        [second["notifications"][0]["id"].as_str().expect("id")]
    );

    // The operator's key opens it too; nobody else does.
    let by_key = format!("/v1/users/u/inbox/stream?token={}", app.key);
    let mut endless = Events::open(&app, &by_key, &[]).await;
    let others = inbox_token(&app, "someone-else").await;
    for (credential, status) in [
        (others.as_str(), StatusCode::FORBIDDEN),
        ("forged", StatusCode::UNAUTHORIZED),
    ] {
        let response = app
            .client
            .get(app.url(&format!("/v1/users/u/inbox/stream?token={credential}")))
            .send()
            .await
            .expect("answer");
        assert_problem(response, status).await;
    }
    let none = app
        .client
        .get(app.url("/v1/users/u/inbox/stream"))
        .send()
        .await
        .expect("answer");
    assert_problem(none, StatusCode::UNAUTHORIZED).await;

    // A stream that would never end by itself does not hold a shutdown open.
    assert_eq!(endless.next().await.expect("ready").event, "ready");
    tokio::time::timeout(PATIENCE, app.stop())
        .await
        .expect("herald stops with a stream open");
    assert!(endless.next().await.is_none(), "the stream ended");
}

#[tokio::test]
async fn a_stream_ends_when_its_token_expires() {
    const SECRET: &str = "0123456789abcdef0123456789abcdef-test";
    let app = spawn_with(&format!("secret = '{SECRET}'\n")).await;
    let signer = herald::security::token::Signer::new(SECRET.as_bytes()).expect("signer");
    let now = jiff::Timestamp::now();
    let grant = herald::security::token::Grant {
        user: herald::domain::user_id::UserId::parse("u").expect("id"),
        scope: Vec::new(),
        expires: now + jiff::SignedDuration::from_secs(2),
        generation: 0,
    };
    let token = signer.issue(herald::security::token::INBOX, &grant, now);
    let mut events = Events::open(&app, &format!("/v1/users/u/inbox/stream?token={token}"), &[]).await;
    assert_eq!(events.next().await.expect("ready").event, "ready");
    let last = events.next().await.expect("a last word");
    assert_eq!(last.event, "expired");
    assert!(events.next().await.is_none(), "the stream ends");
    // Tokens expire on a whole second.
    assert!(jiff::Timestamp::now() >= now + jiff::SignedDuration::from_secs(1));
}

/// A stream ends at `inbox.stream_max_age` even when what opened it never expires (an API
/// key); the client reconnects from its last event.
#[tokio::test]
async fn a_stream_ends_at_its_maximum_age() {
    let app = spawn_with("[inbox]\nstream_max_age = '1s'\n").await;
    let opened = std::time::Instant::now();
    let path = format!("/v1/users/u/inbox/stream?token={}", app.key);
    let mut events = Events::open(&app, &path, &[]).await;
    assert_eq!(events.next().await.expect("ready").event, "ready");
    assert_eq!(events.next().await.expect("a last word").event, "expired");
    assert!(events.next().await.is_none(), "the stream ends");
    assert!(opened.elapsed() >= std::time::Duration::from_secs(1));
}

#[tokio::test]
async fn waiting_connections_are_limited_per_user_and_in_all() {
    let app = spawn_with("[inbox]\nmax_waiting = 2\nmax_waiting_per_user = 1\n").await;
    let stream = |user: &str| format!("/v1/users/{user}/inbox/stream?token={}", app.key);
    let mut held = vec![Events::open(&app, &stream("a"), &[]).await];

    let again = app
        .client
        .get(app.url(&stream("a")))
        .send()
        .await
        .expect("answer");
    assert_eq!(again.headers()["retry-after"], "5");
    let problem = assert_problem(again, StatusCode::TOO_MANY_REQUESTS).await;
    assert_eq!(problem["type"], "urn:herald:problem:too-many-waiting");

    held.push(Events::open(&app, &stream("b"), &[]).await);
    let full = app
        .client
        .get(app.url(&stream("c")))
        .send()
        .await
        .expect("answer");
    assert_problem(full, StatusCode::SERVICE_UNAVAILABLE).await;

    // A stream that ends gives its room back.
    held.truncate(1);
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let retry = app
            .client
            .get(app.url(&stream("c")))
            .send()
            .await
            .expect("answer");
        if retry.status() == StatusCode::OK {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the room never came back");
    }
}

#[tokio::test]
async fn unchanged_polls_are_answered_from_memory() {
    let app = spawn_app().await;
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    let page = app.get("/v1/users/u/inbox").await;
    let etag = page.headers()["etag"].to_str().expect("etag").to_owned();
    let counts = app.get("/v1/users/u/inbox/counts").await;
    let counts_etag = counts.headers()["etag"].to_str().expect("etag").to_owned();
    let counted: Value = counts.json().await.expect("json");

    // Behind herald's back (nothing published, on either backend), the stored version moves:
    // polls still answer from memory, without reading it.
    app.execute_sql("UPDATE users SET inbox_version = inbox_version + 100 WHERE id = 'u'")
        .await;
    let poll = |path: &'static str, tag: String| {
        let app = &app;
        async move {
            app.client
                .get(app.url(path))
                .bearer_auth(&app.key)
                .header("if-none-match", tag)
                .send()
                .await
                .expect("answer")
        }
    };
    assert_eq!(
        poll("/v1/users/u/inbox", etag.clone()).await.status(),
        StatusCode::NOT_MODIFIED
    );
    assert_eq!(app.get_json("/v1/users/u/inbox/counts").await, counted);

    // A change through herald is published: the next poll sees the database again.
    app.ingest("u", &failure("p2", 9002)).await;
    assert_eq!(poll("/v1/users/u/inbox", etag).await.status(), StatusCode::OK);
    let fresh = poll("/v1/users/u/inbox/counts", counts_etag).await;
    assert_eq!(fresh.status(), StatusCode::OK);
    let fresh: Value = fresh.json().await.expect("json");
    assert_eq!(fresh["total"], 2, "{fresh}");
    assert!(version(&fresh) > version(&counted) + 100, "{fresh}");
}

#[tokio::test]
async fn cors_answers_the_allowed_origins_only() {
    let app =
        spawn_with("[inbox]\nallowed_origins = 'https://app.example.com, http://localhost:3000'\n").await;
    let preflight = |origin: &'static str, path: &'static str| {
        let app = &app;
        async move {
            app.client
                .request(reqwest::Method::OPTIONS, app.url(path))
                .header("origin", origin)
                .header("access-control-request-method", "GET")
                .header("access-control-request-headers", "authorization, last-event-id")
                .send()
                .await
                .expect("answer")
        }
    };
    for path in [
        "/v1/users/u/inbox",
        "/v1/users/u/inbox/stream",
        "/v1/users/u/inbox/changes",
    ] {
        let allowed = preflight("https://app.example.com", path).await;
        assert!(allowed.status().is_success(), "{path}");
        assert_eq!(
            allowed.headers()["access-control-allow-origin"],
            "https://app.example.com"
        );
        let methods = allowed.headers()["access-control-allow-methods"]
            .to_str()
            .expect("methods");
        assert!(methods.contains("GET"), "{methods}");
        let other = preflight("https://evil.example.com", path).await;
        assert!(
            other.headers().get("access-control-allow-origin").is_none(),
            "{path}"
        );
    }
    let page = app
        .get_with("/v1/users/u/inbox", "origin", "http://localhost:3000")
        .await;
    assert_eq!(
        page.headers()["access-control-allow-origin"],
        "http://localhost:3000"
    );
    assert!(
        page.headers()["access-control-expose-headers"]
            .to_str()
            .expect("h")
            .contains("etag")
    );
    // Not the operator's routes.
    let ingest = preflight("https://app.example.com", "/v1/users/u/results").await;
    assert!(ingest.headers().get("access-control-allow-origin").is_none());

    // None configured: no CORS at all.
    let plain = spawn_app().await;
    let response = plain
        .client
        .get(plain.url("/v1/users/u/inbox"))
        .bearer_auth(&plain.key)
        .header("origin", "https://app.example.com")
        .send()
        .await
        .expect("answer");
    assert!(response.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn a_reader_that_stops_reading_is_dropped() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_with("[inbox]\nmax_waiting_per_user = 1\nslow_reader_timeout = '200ms'\n").await;
    // A client with a tiny receive window that asks for the stream, reads up to `ready`, and
    // then reads no more. (Non-blocking: herald runs on the test's own runtime.)
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    socket.set_recv_buffer_size(4096).expect("buffer");
    socket.connect(&app.addr.into()).expect("connect");
    socket.set_nonblocking(true).expect("non-blocking");
    let mut stalled = tokio::net::TcpStream::from_std(socket.into()).expect("tokio stream");
    let request = format!(
        "GET /v1/users/u/inbox/stream?token={} HTTP/1.1\r\nHost: herald\r\n\r\n",
        app.key
    );
    stalled.write_all(request.as_bytes()).await.expect("request");
    let mut head = Vec::new();
    while !String::from_utf8_lossy(&head).contains("event: ready") {
        let byte = tokio::time::timeout(PATIENCE, stalled.read_u8())
            .await
            .expect("the stream opens")
            .expect("read");
        head.push(byte);
    }
    assert!(String::from_utf8_lossy(&head).starts_with("HTTP/1.1 200"));

    // Changes pile up that nobody reads, until herald gives up on the reader and its place in
    // the user's one-stream limit comes back.
    let stream = format!("/v1/users/u/inbox/stream?token={}", app.key);
    let mut n = 0;
    loop {
        for _ in 0..100 {
            app.ingest("u", &failure(&format!("p{n}"), 9000 + n)).await;
            n += 1;
        }
        let retry = app.client.get(app.url(&stream)).send().await.expect("answer");
        if retry.status() == StatusCode::OK {
            break;
        }
        assert_eq!(retry.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(n < 5000, "a reader that reads nothing is never dropped");
    }
    drop(stalled);
}

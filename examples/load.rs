//! The load harness: starts herald on a temporary SQLite database, drives ingest with many
//! connections over the seed payloads and many users, then polls inboxes, and reports
//! throughput, latency and memory. Each phase is also shown as a share of a ceiling measured
//! in the same run: ingest against a minimal server on the same route and bodies
//! (`load/ceiling.rs`), inbox polls against herald's own `/healthz`. A webhook phase posts the
//! same results as Ayrshare's signed `scheduled` webhooks, routed to users by refId.
//!
//! ```text
//! cargo run --release --example load -- [--seconds 10] [--connections 64] [--users 10000]
//!     [--postgres postgres://postgres@127.0.0.1:5432/postgres [--instances 2]]
//!     [--only email|ingest]
//! ```
//!
//! herald runs as its own process (the release binary next to this example), so the memory
//! figures are herald's alone; the load generator shares the machine's cores with it. With
//! `--postgres` (an admin URL) it creates a fresh database there, runs `--instances` herald
//! processes on it and spreads the connections over them; the email phase runs on SQLite only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1;
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// The SMTP sink of the integration tests: a real server on loopback (tokio, in-process). The
/// harness does not refuse recipients, hence `dead_code`.
#[path = "../tests/api/smtp.rs"]
#[allow(dead_code)]
mod smtp;

#[path = "load/ceiling.rs"]
mod ceiling;

#[path = "load/streams.rs"]
mod streams;

/// Starting herald on port 0 and reading back its address, as the integration tests do.
#[path = "../tests/api/process.rs"]
mod process;

struct Options {
    seconds: u64,
    connections: usize,
    users: usize,
    streams: usize,
    postgres: Option<String>,
    instances: usize,
    /// `--only email` or `--only ingest`: those phases alone (ingest with its ceiling).
    only: Option<Only>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Only {
    Email,
    Ingest,
}

fn options() -> Options {
    let mut options = Options {
        seconds: 10,
        connections: 64,
        users: 10_000,
        streams: 10_000,
        postgres: None,
        instances: 1,
        only: None,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let text = pair.get(1).cloned().unwrap_or_else(|| usage());
        let number = || text.parse::<usize>().unwrap_or_else(|_| usage());
        match pair[0].as_str() {
            "--seconds" => options.seconds = number() as u64,
            "--connections" => options.connections = number(),
            "--users" => options.users = number(),
            "--streams" => options.streams = number(),
            "--instances" => options.instances = number().max(1),
            "--postgres" => options.postgres = Some(text.clone()),
            "--only" if text == "email" => options.only = Some(Only::Email),
            "--only" if text == "ingest" => options.only = Some(Only::Ingest),
            _ => usage(),
        }
    }
    options
}

fn usage() -> ! {
    eprintln!(
        "usage: cargo run --release --example load -- [--seconds N] [--connections N] [--users N] \
         [--streams N] [--postgres ADMIN_URL [--instances N]] [--only email|ingest]"
    );
    std::process::exit(2)
}

#[tokio::main]
async fn main() {
    let options = options();
    let binary = herald_binary();
    if options.only == Some(Only::Email) {
        return email_phases(&binary, &options).await;
    }
    let database = match &options.postgres {
        Some(admin) => Some(LoadDatabase::create(admin).await),
        None => None,
    };
    let mut env: Vec<(&str, String)> = database
        .iter()
        .map(|db| ("HERALD_DATABASE_URL", db.url.clone()))
        .collect();
    env.push(("HERALD_WEBHOOKS__AYRSHARE_SECRETS", WEBHOOK_SECRET.to_owned()));
    let mut servers = Vec::new();
    let mut addrs = Vec::new();
    let mut dirs = Vec::new();
    let mut key = String::new();
    for _ in 0..options.instances {
        let data = private_dir();
        let (server, addr, instance_key) = start_herald(&binary, data.path(), &env).await;
        key = instance_key;
        servers.push(server);
        addrs.push(addr);
        dirs.push(data);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let idle_rss = memory(servers[0].0.id(), "VmRSS");

    let payloads = Arc::new(payloads());
    let duration = Duration::from_secs(options.seconds);
    let storage = match &database {
        Some(_) => format!("PostgreSQL, {} instance(s)", options.instances),
        None => "SQLite synchronous=full".to_owned(),
    };
    println!(
        "herald load harness: {} connections, {} users, {} payload shapes, {} s per phase, {storage}",
        options.connections,
        options.users,
        payloads.len(),
        options.seconds
    );

    // The ceilings first: the same bodies into a server that stores nothing, and herald's own
    // cheapest route.
    let load = Load {
        payloads: payloads.clone(),
        counter: Arc::new(AtomicU64::new(0)),
        key: key.clone(),
    };
    let ceiling_addr = [ceiling::start()];
    let everyone = options.users;
    let ceiling = ingest_phase(&options, duration, &load, everyone, &ceiling_addr, None).await;
    report("ceiling", "requests/s", &ceiling, None);
    let health = run_phase(
        &options,
        duration,
        |_| {
            move |sender: Sender| {
                let request = Request::get("/healthz")
                    .header("host", "herald")
                    .body(Full::new(Bytes::new()))
                    .expect("request");
                send(sender, request, StatusCode::OK)
            }
        },
        &addrs,
    )
    .await;
    report("healthz", "requests/s", &health, None);
    let of_ceiling = Some(("the ceiling", ceiling.rate()));
    let of_health = Some(("/healthz", health.rate()));

    let wal = database
        .is_none()
        .then(|| WalWatch::start(&dirs[0].path().join("herald.db-wal")));
    let ingest = ingest_phase(&options, duration, &load, everyone, &addrs, None).await;
    report("ingest", "results/s", &ingest, of_ceiling);
    if let Some(wal) = wal {
        println!("WAL peak       {:>8.1} MB", wal.stop() as f64 / 1e6);
    }
    if options.only == Some(Only::Ingest) {
        drop(servers);
        if let Some(database) = database {
            database.drop().await;
        }
        return;
    }

    // Learn each polled user's ETag once, then poll as a dashboard would.
    let polled = options.users.min(1000);
    let mut etags = HashMap::new();
    let mut conn = connect(&addrs[0]).await;
    for user in 0..polled {
        let request = inbox_request(&key, user, None);
        conn.ready().await.expect("connection ready");
        let response = conn.send_request(request).await.expect("inbox answers");
        let etag = response
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let _ = response.into_body().collect().await;
        etags.insert(user, etag);
    }
    drop(conn);
    let etags = Arc::new(etags);
    let connections = options.connections;
    let fresh = run_phase(
        &options,
        duration,
        |conn| {
            let key = key.clone();
            let mut n = conn;
            move |sender: Sender| {
                n += connections;
                send(sender, inbox_request(&key, n % polled, None), StatusCode::OK)
            }
        },
        &addrs,
    )
    .await;
    report("inbox 200", "requests/s", &fresh, of_health);
    let unchanged = run_phase(
        &options,
        duration,
        |conn| {
            let key = key.clone();
            let etags = etags.clone();
            let mut n = conn;
            move |sender: Sender| {
                n += connections;
                let user = n % polled;
                send(
                    sender,
                    inbox_request(&key, user, etags.get(&user).map(String::as_str)),
                    StatusCode::NOT_MODIFIED,
                )
            }
        },
        &addrs,
    )
    .await;
    report("inbox 304", "requests/s", &unchanged, of_health);
    if options.streams > 0 {
        stream_phase(&options, duration, &load, &servers[0].0, &addrs, of_ceiling).await;
    }
    // After the polls, which would otherwise read inboxes the webhooks made larger.
    let routed = options.users.min(1000);
    claim_profiles(&addrs[0], &key, routed).await;
    let hooks = Arc::new(webhook_payloads(&payloads));
    // Fewer users means more repeats per user (bumps, resolutions): plain ingest over the
    // same users is the fair comparison.
    let same_users = ingest_phase(&options, duration, &load, routed, &addrs, None).await;
    report(&format!("ingest, {routed}"), "results/s", &same_users, of_ceiling);
    let webhooks = webhook_phase(&options, duration, &hooks, &load.counter, routed, &addrs).await;
    report("webhooks", "results/s", &webhooks, of_ceiling);
    println!(
        "               webhooks at {:.1} % of plain ingest to the same users",
        100.0 * webhooks.rate() / same_users.rate()
    );

    println!("idle RSS       {idle_rss:>8.1} MB");
    for server in &servers {
        println!("peak RSS       {:>8.1} MB", memory(server.0.id(), "VmHWM"));
    }
    drop(servers);
    drop(dirs);
    match database {
        Some(database) => database.drop().await,
        None => email_phases(&binary, &options).await,
    }
}

/// A database created for one run on the `--postgres` server, dropped at the end.
struct LoadDatabase {
    admin: String,
    name: String,
    url: String,
}

impl LoadDatabase {
    async fn create(admin: &str) -> Self {
        use sqlx::{Connection, Executor};
        let name = format!("herald_load_{}", uuid::Uuid::now_v7().simple());
        let mut conn = sqlx::PgConnection::connect(admin)
            .await
            .expect("the PostgreSQL admin URL works");
        // The name is generated here, not taken from input.
        conn.execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create database");
        let base = admin.rsplit_once('/').map_or(admin, |(base, _)| base);
        Self {
            admin: admin.to_owned(),
            url: format!("{base}/{name}"),
            name,
        }
    }

    async fn drop(self) {
        use sqlx::{Connection, Executor};
        if let Ok(mut conn) = sqlx::PgConnection::connect(&self.admin).await {
            let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
            let _ = conn.execute(sql.as_str()).await;
        }
    }
}

/// Starts herald on `data` with extra environment; returns it, its address and an API key.
async fn start_herald(binary: &Path, data: &Path, env: &[(&str, String)]) -> (Server, String, String) {
    let key = create_key(binary, data, env);
    let mut command = Command::new(binary);
    command
        .env("HERALD_DATA_DIR", data)
        .env("HERALD_LISTEN", "127.0.0.1:0")
        .env(
            "RUST_LOG",
            std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()),
        );
    for (name, value) in env {
        command.env(name, value);
    }
    let (child, addr) = process::spawn_listening(command).await;
    (Server(child), addr.to_string(), key)
}

/// Emails per second into a local SMTP sink: one problem each for many users with an
/// address, no batch window, sent over herald's pooled SMTP connections.
const EMAILS: usize = 3000;

/// Email end to end (results posted, emails out at once), then the drain of a backlog (the
/// same emails held by a batch window while the results are posted), then SMTP alone.
async fn email_phases(binary: &Path, options: &Options) {
    let (sink, sink_addr) = smtp::Sink::start();
    let (started, done, posting) = email_phase(binary, options, &sink, sink_addr, Duration::ZERO).await;
    let end_to_end = done - started;
    println!(
        "email          {:>8.0} emails/s   ({EMAILS} results for {EMAILS} users to {EMAILS} emails in a local SMTP sink, sent as they come: {:.2} s; posting took {:.2} s)",
        EMAILS as f64 / end_to_end.as_secs_f64(),
        end_to_end.as_secs_f64(),
        posting.as_secs_f64()
    );
    let window = Duration::from_secs(5);
    let (started, done, posting) = email_phase(binary, options, &sink, sink_addr, window).await;
    assert!(
        posting < window,
        "posting took {posting:?}, longer than the window"
    );
    // From when the first delivery came due to the last email.
    let drain = done - (started + window);
    let rate = EMAILS as f64 / drain.as_secs_f64();
    println!(
        "email backlog  {rate:>8.0} emails/s   ({EMAILS} emails queued behind a {window:?} batch window, drained in {:.2} s)",
        drain.as_secs_f64()
    );
    let lettre = lettre_pool_rate(sink_addr, EMAILS).await;
    let own = own_pool_rate(sink_addr, EMAILS, LETTRE_CONNECTIONS).await;
    let few = own_pool_rate(sink_addr, EMAILS, 4).await;
    println!(
        "               SMTP alone, the same messages to the same sink: lettre's pool with {LETTRE_CONNECTIONS} connections {lettre:.0} emails/s; herald's with {LETTRE_CONNECTIONS} {own:.0} ({:.1}x), with 4 {few:.0} ({:.1}x); herald's backlog drain at {:.1}x lettre's pool",
        own / lettre,
        few / lettre,
        rate / lettre
    );
}

/// One herald mailing `EMAILS` results' emails to the sink; returns when the first result
/// was posted, when the last email arrived, and how long posting took.
async fn email_phase(
    binary: &Path,
    options: &Options,
    sink: &smtp::Sink,
    sink_addr: std::net::SocketAddr,
    window: Duration,
) -> (Instant, Instant, Duration) {
    let already = sink.received().len();
    let data = private_dir();
    let env = [
        ("HERALD_SMTP_URL", format!("smtp://{sink_addr}")),
        ("HERALD_EMAIL__BATCH_WINDOW", format!("{}ms", window.as_millis())),
        ("HERALD_EMAIL__HOURLY_CAP", "1000".to_owned()),
    ];
    let (_server, addr, key) = start_herald(binary, data.path(), &env).await;
    let body = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed/facebook-auth-161.json"),
    )
    .expect("fixture");
    let users = Arc::new(AtomicU64::new(0));
    let profile = |n: u64| format!(r#"{{"email": "user-{n}@example.com", "name": "User {n}"}}"#);
    // Every user first gets an address, then one result each; the clock runs from the first
    // result to the last email received.
    let mut started = Instant::now();
    for (method, path, payload) in [("PUT", "", None), ("POST", "/results", Some(body))] {
        started = Instant::now();
        users.store(0, Ordering::Relaxed);
        let mut tasks = Vec::new();
        for _ in 0..options.connections {
            let (addr, key, users, payload, path) = (
                addr.clone(),
                key.clone(),
                users.clone(),
                payload.clone(),
                path.to_owned(),
            );
            tasks.push(tokio::spawn(async move {
                let mut sender = connect(&addr).await;
                loop {
                    let n = users.fetch_add(1, Ordering::Relaxed);
                    if n >= EMAILS as u64 {
                        break;
                    }
                    let content = payload.clone().unwrap_or_else(|| profile(n));
                    let request = Request::builder()
                        .method(method)
                        .uri(format!("/v1/users/mail-user-{n}{path}"))
                        .header("host", "herald")
                        .header("authorization", format!("Bearer {key}"))
                        .header("content-type", "application/json")
                        .body(Full::new(Bytes::from(content)))
                        .expect("request");
                    let (back, ok) = send(
                        sender,
                        request,
                        if method == "PUT" {
                            StatusCode::CREATED
                        } else {
                            StatusCode::ACCEPTED
                        },
                    )
                    .await;
                    assert!(ok, "{method} {path} failed");
                    sender = back;
                }
            }));
        }
        for task in tasks {
            task.await.expect("task");
        }
    }
    let queued = started.elapsed();
    sink.wait_for(already + EMAILS).await;
    (started, Instant::now(), queued)
}

/// `emails` messages through herald's own pool of `connections`, as many at once.
async fn own_pool_rate(sink: std::net::SocketAddr, emails: usize, connections: u32) -> f64 {
    let relay: herald::email::Relay = format!("smtp://{sink}").parse().expect("relay");
    let pool = Arc::new(
        herald::email::smtp::Pool::new(relay, connections, Duration::from_secs(30), None).expect("pool"),
    );
    let message = sample_message();
    let (envelope, bytes) = (
        Arc::new(message.envelope().clone()),
        Arc::new(message.formatted()),
    );
    send_rate(emails, connections, move || {
        let (pool, envelope, bytes) = (pool.clone(), envelope.clone(), bytes.clone());
        async move {
            let start_by = Instant::now() + Duration::from_secs(60);
            pool.send(&envelope, &bytes, start_by).await.expect("herald send");
        }
    })
    .await
}

/// Emails per second when `senders` tasks call `send` until `emails` were sent.
async fn send_rate<F, S>(emails: usize, senders: u32, send: S) -> f64
where
    S: Fn() -> F + Clone + Send + 'static,
    F: std::future::Future<Output = ()> + Send,
{
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..senders)
        .map(|_| {
            let (send, next) = (send.clone(), next.clone());
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < emails as u64 {
                    send().await;
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("task");
    }
    emails as f64 / started.elapsed().as_secs_f64()
}

/// A message about the size of one of herald's (8 KiB).
fn sample_message() -> lettre::Message {
    lettre::Message::builder()
        .from("herald@example.com".parse().expect("from"))
        .to("user@example.com".parse().expect("to"))
        .subject("The same size as herald's, roughly")
        .body("x".repeat(8 * 1024))
        .expect("message")
}

/// What lettre's pool of this many connections sends as released (a socket without
/// `TCP_NODELAY`: each message waits for the server's delayed ACK).
const LETTRE_CONNECTIONS: u32 = 32;

/// `emails` messages through lettre's own pooled transport, `LETTRE_CONNECTIONS` at once.
async fn lettre_pool_rate(sink: std::net::SocketAddr, emails: usize) -> f64 {
    use lettre::AsyncTransport as _;
    let transport =
        lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::builder_dangerous(sink.ip().to_string())
            .port(sink.port())
            .pool_config(lettre::transport::smtp::PoolConfig::new().max_size(LETTRE_CONNECTIONS))
            .build();
    let message = sample_message();
    send_rate(emails, LETTRE_CONNECTIONS, move || {
        let (transport, message) = (transport.clone(), message.clone());
        async move {
            transport.send(message).await.expect("lettre send");
        }
    })
    .await
}

type Sender = http1::SendRequest<Full<Bytes>>;
type Pending = std::pin::Pin<Box<dyn std::future::Future<Output = (Sender, bool)> + Send>>;

fn send(mut sender: Sender, request: Request<Full<Bytes>>, expected: StatusCode) -> Pending {
    Box::pin(async move {
        if sender.ready().await.is_err() {
            return (sender, false);
        }
        let ok = match sender.send_request(request).await {
            Ok(response) => {
                let status = response.status();
                let _ = response.into_body().collect().await;
                status == expected
            }
            Err(_) => false,
        };
        (sender, ok)
    })
}

fn inbox_request(key: &str, user: usize, etag: Option<&str>) -> Request<Full<Bytes>> {
    let mut request = Request::get(format!("/v1/users/load-user-{user}/inbox"))
        .header("host", "herald")
        .header("authorization", format!("Bearer {key}"));
    if let Some(etag) = etag {
        request = request.header("if-none-match", etag);
    }
    request.body(Full::new(Bytes::new())).expect("request")
}

struct Outcome {
    ok: u64,
    failed: u64,
    elapsed: Duration,
    latencies: Vec<u32>,
}

impl Outcome {
    /// Successful requests per second.
    fn rate(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64()
    }
}

/// Runs one connection per task for `duration`, spread over `addrs`; `make` builds each task's
/// request loop.
async fn run_phase<F, G>(options: &Options, duration: Duration, make: F, addrs: &[String]) -> Outcome
where
    F: Fn(usize) -> G,
    G: FnMut(Sender) -> Pending + Send + 'static,
{
    let start = Instant::now();
    let deadline = start + duration;
    let mut tasks = Vec::new();
    for conn in 0..options.connections {
        let mut next = make(conn);
        let addr = addrs[conn % addrs.len()].clone();
        tasks.push(tokio::spawn(async move {
            let mut sender = connect(&addr).await;
            let (mut ok, mut failed, mut latencies) = (0_u64, 0_u64, Vec::with_capacity(100_000));
            while Instant::now() < deadline {
                let began = Instant::now();
                let (back, success) = next(sender).await;
                sender = back;
                latencies.push(u32::try_from(began.elapsed().as_micros()).unwrap_or(u32::MAX));
                if success { ok += 1 } else { failed += 1 }
            }
            (ok, failed, latencies)
        }));
    }
    let mut outcome = Outcome {
        ok: 0,
        failed: 0,
        elapsed: Duration::ZERO,
        latencies: Vec::new(),
    };
    for task in tasks {
        let (ok, failed, latencies) = task.await.expect("load task");
        outcome.ok += ok;
        outcome.failed += failed;
        outcome.latencies.extend(latencies);
    }
    outcome.elapsed = start.elapsed();
    outcome.latencies.sort_unstable();
    outcome
}

/// What every ingest phase posts: the payloads, the counter that gives each result a fresh
/// id, and the key.
struct Load {
    payloads: Arc<Vec<String>>,
    counter: Arc<AtomicU64>,
    key: String,
}

/// Results posted over `options.connections` to `addrs`: every seed shape in turn, each with a
/// fresh id, spread over the users; `sent` learns when each user's result went out.
async fn ingest_phase(
    options: &Options,
    duration: Duration,
    load: &Load,
    users: usize,
    addrs: &[String],
    sent: Option<&Arc<streams::Sent>>,
) -> Outcome {
    let make = |conn: usize| {
        let (payloads, counter, key) = (load.payloads.clone(), load.counter.clone(), load.key.clone());
        let sent = sent.cloned();
        move |sender: Sender| {
            let n = counter.fetch_add(1, Ordering::Relaxed);
            let user = (n.wrapping_mul(2_654_435_761) as usize + conn) % users;
            if let Some(sent) = &sent {
                sent.sending(user);
            }
            let body = payloads[n as usize % payloads.len()].replace("__ID__", &format!("load-{n}"));
            let request = Request::post(format!("/v1/users/load-user-{user}/results"))
                .header("host", "herald")
                .header("authorization", format!("Bearer {key}"))
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(body)))
                .expect("request");
            send(sender, request, StatusCode::ACCEPTED)
        }
    };
    run_phase(options, duration, make, addrs).await
}

/// One live inbox stream per user, open on the first instance while ingest runs at full speed
/// on all of them: herald's memory with the streams open, ingest beside them, and how long a
/// result takes from its POST to the event on its user's stream.
async fn stream_phase(
    options: &Options,
    duration: Duration,
    load: &Load,
    herald: &Child,
    addrs: &[String],
    of_ceiling: Option<(&str, f64)>,
) {
    let users = options.streams.min(options.users);
    let sent = streams::Sent::new(users);
    let before = memory(herald.id(), "VmRSS");
    let open = streams::Streams::open(&addrs[0], &load.key, users, &sent).await;
    let with_streams = memory(herald.id(), "VmRSS");
    let (opened, failed) = (
        open.open.load(Ordering::Relaxed),
        open.failed.load(Ordering::Relaxed),
    );
    println!(
        "streams        {opened:>8} open ({failed} failed)  RSS {before:.1} → {with_streams:.1} MB \
         ({:.1} KB per stream)",
        (with_streams - before) * 1024.0 / opened.max(1) as f64
    );
    let during = ingest_phase(options, duration, load, users, addrs, Some(&sent)).await;
    let peak = memory(herald.id(), "VmRSS");
    let latencies = open.close().await;
    report("ingest+streams", "results/s", &during, of_ceiling);
    let percentile = |p: f64| {
        let index = ((latencies.len() as f64 - 1.0) * p).round() as usize;
        f64::from(latencies.get(index).copied().unwrap_or(0)) / 1000.0
    };
    println!(
        "ingest → event p50 {:>6.2} ms  p99 {:>6.2} ms  ({} events; RSS under ingest {peak:.1} MB)",
        percentile(0.50),
        percentile(0.99),
        latencies.len()
    );
}

/// The secret herald checks the harness's webhooks with.
const WEBHOOK_SECRET: &str = "load-harness-webhook-secret";

/// `PUT /v1/users/load-user-N` with the refId `load-ref-N`, for the first `users` users.
async fn claim_profiles(addr: &str, key: &str, users: usize) {
    let mut conn = connect(addr).await;
    for user in 0..users {
        let body = format!(r#"{{"ayrshare_ref_ids":["load-ref-{user}"]}}"#);
        let request = Request::put(format!("/v1/users/load-user-{user}"))
            .header("host", "herald")
            .header("authorization", format!("Bearer {key}"))
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(body)))
            .expect("request");
        conn.ready().await.expect("connection ready");
        let response = conn.send_request(request).await.expect("PUT answers");
        assert!(
            response.status().is_success(),
            "claiming a refId: {}",
            response.status()
        );
        let _ = response.into_body().collect().await;
    }
}

/// The seed results as `scheduled` webhooks, with placeholders for the refId and hook id.
fn webhook_payloads(payloads: &[String]) -> Vec<String> {
    payloads
        .iter()
        .filter_map(|text| serde_json::from_str::<serde_json::Value>(text).ok())
        .filter_map(|mut value| {
            let object = value.as_object_mut()?;
            object.insert("action".into(), "scheduled".into());
            object.insert("refId".into(), "__REF__".into());
            object.insert("hookId".into(), "__HOOK__".into());
            Some(value.to_string())
        })
        .collect()
}

/// Signed `scheduled` webhooks, each a new delivery, spread over the users who hold a refId.
async fn webhook_phase(
    options: &Options,
    duration: Duration,
    payloads: &Arc<Vec<String>>,
    counter: &Arc<AtomicU64>,
    users: usize,
    addrs: &[String],
) -> Outcome {
    use hmac::{Hmac, Mac};
    let make = |conn: usize| {
        let (payloads, counter) = (payloads.clone(), counter.clone());
        move |sender: Sender| {
            let n = counter.fetch_add(1, Ordering::Relaxed);
            let user = (n.wrapping_mul(2_654_435_761) as usize + conn) % users;
            let body = payloads[n as usize % payloads.len()]
                .replace("__ID__", &format!("load-{n}"))
                .replace("__REF__", &format!("load-ref-{user}"))
                .replace("__HOOK__", &format!("load-hook-{n}"));
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(WEBHOOK_SECRET.as_bytes()).expect("key");
            mac.update(body.as_bytes());
            let request = Request::post("/v1/webhooks/ayrshare")
                .header("host", "herald")
                .header(
                    "x-authorization-content-sha256",
                    hex::encode(mac.finalize().into_bytes()),
                )
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(body)))
                .expect("request");
            send(sender, request, StatusCode::OK)
        }
    };
    run_phase(options, duration, make, addrs).await
}

/// One phase's line; `against` is the ceiling this phase is also shown as a share of.
fn report(name: &str, unit: &str, outcome: &Outcome, against: Option<(&str, f64)>) {
    let percentile = |p: f64| {
        let index = ((outcome.latencies.len() as f64 - 1.0) * p).round() as usize;
        f64::from(outcome.latencies.get(index).copied().unwrap_or(0)) / 1000.0
    };
    let share = against.map_or(String::new(), |(ceiling, rate)| {
        format!("  {:>5.1} % of {ceiling}", 100.0 * outcome.rate() / rate)
    });
    println!(
        "{name:<14} {:>8.0} {unit:<11}  p50 {:>6.2} ms  p99 {:>6.2} ms  ({} ok, {} failed){share}",
        outcome.rate(),
        percentile(0.50),
        percentile(0.99),
        outcome.ok,
        outcome.failed
    );
}

async fn connect(addr: &str) -> Sender {
    let stream = TcpStream::connect(addr)
        .await
        .expect("herald accepts connections");
    stream.set_nodelay(true).expect("nodelay");
    let (sender, connection) = http1::handshake(TokioIo::new(stream)).await.expect("HTTP/1.1");
    tokio::spawn(connection);
    sender
}

/// The seed fixtures, each with a placeholder id so every request is a new result.
fn payloads() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed");
    let mut payloads: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/seed")
        .filter_map(Result::ok)
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .filter_map(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .map(|mut value| {
            if let Some(object) = value.as_object_mut() {
                object.insert("id".into(), "__ID__".into());
            }
            value.to_string()
        })
        .collect();
    payloads.sort();
    payloads
}

fn herald_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let profile_dir = exe.parent().and_then(Path::parent).expect("target/<profile>");
    let binary = profile_dir.join("herald");
    let release = profile_dir.ends_with("release");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = profile_dir.parent().expect("target directory");
    let mut build = Command::new(cargo);
    build
        .args(["build", "--quiet", "--bin", "herald", "--target-dir"])
        .arg(target_dir);
    if release {
        build.arg("--release");
    }
    let status = build.status().expect("cargo builds herald");
    assert!(status.success(), "building herald failed");
    binary
}

fn create_key(binary: &Path, data: &Path, env: &[(&str, String)]) -> String {
    let mut command = Command::new(binary);
    command
        .args(["keys", "create", "--name", "load"])
        .env("HERALD_DATA_DIR", data)
        .env("RUST_LOG", "warn");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("herald keys create");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8").trim().to_owned()
}

/// The largest size SQLite's write-ahead log reaches while it is watched (sampled every 50 ms).
struct WalWatch {
    peak: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl WalWatch {
    fn start(path: &Path) -> Self {
        let (path, peak) = (path.to_owned(), Arc::new(AtomicU64::new(0)));
        let sampled = peak.clone();
        let task = tokio::spawn(async move {
            loop {
                let size = std::fs::metadata(&path).map_or(0, |m| m.len());
                sampled.fetch_max(size, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        });
        Self { peak, task }
    }

    fn stop(self) -> u64 {
        self.task.abort();
        self.peak.load(Ordering::Relaxed)
    }
}

/// A memory figure of a process from /proc, in MB.
fn memory(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| {
            line.strip_prefix(field)?
                .trim_start_matches(':')
                .trim()
                .strip_suffix(" kB")?
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The herald process; stopped (SIGTERM, then waited for) however the harness ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.0.id().to_string())
            .status();
        let _ = self.0.wait();
    }
}

/// A temporary data directory as herald would create it (0700): no warning at start.
fn private_dir() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    tempfile::Builder::new()
        .permissions(std::fs::Permissions::from_mode(0o700))
        .tempdir()
        .expect("a temporary directory")
}

//! `spawn_app`: a herald on port 0 with its own temporary data directory and an API key.

use std::net::SocketAddr;
use std::path::PathBuf;

use herald::app::{self, Running};
use herald::clock::{Clock, ManualClock};
use herald::config::Config;
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;
use tempfile::TempDir;

pub struct TestApp {
    pub addr: SocketAddr,
    pub key: String,
    pub client: Client,
    pub running: Option<Running>,
    /// The hand of the clock, for an app started with [`spawn_on_clock`].
    pub clock: Option<ManualClock>,
    /// With `TEST_BACKEND=postgres`, the database this app runs on.
    _postgres: Option<crate::pg::TestDatabase>,
    /// Kept alive for the test: dropping it deletes the database.
    _dir: TempDir,
}

pub async fn spawn_app() -> TestApp {
    spawn_with("").await
}

/// A herald with `overrides` (TOML) on top of the defaults, on SQLite, or on a fresh PostgreSQL
/// database when `TEST_BACKEND=postgres` (how CI runs the suite a second time).
pub async fn spawn_with(overrides: &str) -> TestApp {
    let postgres = test_postgres().await;
    spawn_on(postgres, overrides, None).await
}

/// A herald on a clock that moves only when the test says so; its outbox runs only when the
/// test calls [`TestApp::dispatch`].
pub async fn spawn_on_clock(overrides: &str) -> TestApp {
    let start = jiff::Timestamp::now();
    let hand = ManualClock::starting_at(start);
    let postgres = test_postgres().await;
    spawn_on(postgres, overrides, Some(hand)).await
}

/// A fresh PostgreSQL database when `TEST_BACKEND=postgres`.
async fn test_postgres() -> Option<crate::pg::TestDatabase> {
    if std::env::var("TEST_BACKEND").is_ok_and(|b| b == "postgres") {
        Some(
            crate::pg::database()
                .await
                .expect("TEST_BACKEND=postgres needs PostgreSQL"),
        )
    } else {
        None
    }
}

/// A herald on SQLite, whatever `TEST_BACKEND` says.
pub async fn spawn_sqlite(overrides: &str) -> TestApp {
    spawn_on(None, overrides, None).await
}

async fn spawn_on(
    postgres: Option<crate::pg::TestDatabase>,
    overrides: &str,
    hand: Option<ManualClock>,
) -> TestApp {
    init_tracing();
    let dir = tempfile::tempdir().expect("temp dir");
    let database = postgres
        .as_ref()
        .map(|pg| format!("database_url = '{}'\n", pg.url))
        .unwrap_or_default();
    let config = Config::from_toml(&format!(
        "data_dir = '{}'\n{database}{overrides}",
        dir.path().display()
    ))
    .expect("config");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port 0");
    let clock = hand.as_ref().map_or_else(Clock::system, ManualClock::clock);
    let running = app::start_with(config, Some(listener), clock)
        .await
        .expect("herald starts");
    let key = app::create_key(running.db(), "test").await.expect("key");
    TestApp {
        addr: running.addr,
        key,
        client: Client::new(),
        running: Some(running),
        clock: hand,
        _postgres: postgres,
        _dir: dir,
    }
}

fn init_tracing() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            tracing_subscriber::fmt()
                .with_env_filter("debug")
                .with_test_writer()
                .init();
        }
    });
}

pub fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seed")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Moves the clock of an app from [`spawn_on_clock`].
    pub fn advance(&self, by: std::time::Duration) {
        self.clock.as_ref().expect("an app on a manual clock").advance(by);
    }

    /// Runs the outbox of an app from [`spawn_on_clock`] once, to completion: everything due
    /// now is sent and recorded when this returns. Returns how many deliveries it claimed.
    pub async fn dispatch(&self) -> usize {
        self.running
            .as_ref()
            .and_then(Running::outbox)
            .expect("an app on a manual clock")
            .dispatch_due()
            .await
            .expect("dispatch")
    }

    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    pub fn db(&self) -> &herald::store::Db {
        self.running.as_ref().expect("running").db()
    }

    /// POSTs a result as the operator.
    pub async fn post_result(&self, user: &str, body: &str) -> Response {
        self.post_result_with(user, body, &[]).await
    }

    pub async fn post_result_with(&self, user: &str, body: &str, headers: &[(&str, &str)]) -> Response {
        self.post_body(&format!("/v1/users/{user}/results"), body, headers)
            .await
    }

    /// POSTs a JSON body as the operator, with extra headers.
    pub async fn post_body(&self, path: &str, body: &str, headers: &[(&str, &str)]) -> Response {
        let mut request = self
            .client
            .post(self.url(path))
            .bearer_auth(&self.key)
            .header("content-type", "application/json")
            .body(body.to_owned());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("herald answers")
    }

    /// POSTs a JSON body with exactly these headers and no API key (signed requests).
    pub async fn post_unauthenticated(&self, path: &str, body: &str, headers: &[(&str, String)]) -> Response {
        let mut request = self
            .client
            .post(self.url(path))
            .header("content-type", "application/json")
            .body(body.to_owned());
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        request.send().await.expect("herald answers")
    }

    /// POSTs a result and returns the 202 body.
    pub async fn ingest(&self, user: &str, body: &str) -> Value {
        let response = self.post_result(user, body).await;
        assert_eq!(response.status(), StatusCode::ACCEPTED, "{user}: {body}");
        response.json().await.expect("json")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .bearer_auth(&self.key)
            .send()
            .await
            .expect("herald answers")
    }

    /// A GET as the operator with one more header (`Origin`, `If-None-Match`…).
    pub async fn get_with(&self, path: &str, name: &str, value: impl AsRef<str>) -> Response {
        self.client
            .get(self.url(path))
            .bearer_auth(&self.key)
            .header(name, value.as_ref())
            .send()
            .await
            .expect("herald answers")
    }

    pub async fn post(&self, path: &str) -> Response {
        self.client
            .post(self.url(path))
            .bearer_auth(&self.key)
            .send()
            .await
            .expect("herald answers")
    }

    /// PUTs a JSON body as the operator.
    pub async fn put_json(&self, path: &str, body: &Value) -> Response {
        self.client
            .put(self.url(path))
            .bearer_auth(&self.key)
            .json(body)
            .send()
            .await
            .expect("herald answers")
    }

    /// Creates or replaces a user's profile, asserting success.
    pub async fn put_user(&self, user: &str, profile: Value) {
        let response = self.put_json(&format!("/v1/users/{user}"), &profile).await;
        assert!(response.status().is_success(), "{}", response.status());
    }

    /// GETs as the operator and returns the body of a 2xx answer.
    pub async fn get_json(&self, path: &str) -> Value {
        success_json(self.get(path).await).await
    }

    /// POSTs without a body as the operator and returns the body of a 2xx answer.
    pub async fn post_json(&self, path: &str) -> Value {
        success_json(self.post(path).await).await
    }

    pub async fn inbox(&self, user: &str, query: &str) -> Value {
        self.get_json(&format!("/v1/users/{user}/inbox{query}")).await
    }

    /// Runs `sql` on the app's database behind herald's back, through a connection of its own.
    pub async fn execute_sql(&self, sql: &str) {
        use sqlx::Connection;
        match &self._postgres {
            Some(pg) => {
                let mut conn = sqlx::PgConnection::connect(&pg.url).await.expect("connect");
                sqlx::query(sql).execute(&mut conn).await.expect("sql");
            }
            None => {
                let path = self.data_dir().join("herald.db");
                let url = format!("sqlite://{}", path.display());
                let mut conn = sqlx::SqliteConnection::connect(&url).await.expect("connect");
                sqlx::query(sql).execute(&mut conn).await.expect("sql");
            }
        }
    }

    /// Stops herald cleanly; the data directory lives on in what is returned.
    pub async fn stop(mut self) -> TempDir {
        if let Some(running) = self.running.take() {
            running.stop().await.expect("clean stop");
        }
        self._dir
    }
}

async fn success_json(response: Response) -> Value {
    assert!(response.status().is_success(), "{}", response.status());
    response.json().await.expect("json")
}

/// Asserts a problem+json response with this status, and returns its body.
pub async fn assert_problem(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.expect("problem json");
    assert_eq!(body["status"], status.as_u16());
    assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()), "{body}");
    assert!(
        body["type"]
            .as_str()
            .is_some_and(|t| t.starts_with("urn:herald:problem:")),
        "{body}"
    );
    body
}

pub fn kinds(response: &Value) -> Vec<String> {
    response["notifications"]
        .as_array()
        .expect("notifications")
        .iter()
        .map(|n| n["kind"].as_str().expect("kind").to_owned())
        .collect()
}

/// A herald process (the real binary) and the address it listens on; killed (SIGKILL) when
/// dropped.
pub struct Herald {
    pub process: std::process::Child,
    pub addr: std::net::SocketAddr,
}

impl Herald {
    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Herald {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Runs the binary with `args` and `env` to its end, whatever its exit status.
pub fn herald_output(args: &[&str], env: &[(&str, String)]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_herald"));
    command.args(args).env("RUST_LOG", "warn");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("herald runs")
}

/// Runs the binary with `args` and `env` and returns its stdout (`keys create` prints the key).
pub fn run_herald(args: &[&str], env: &[(&str, String)]) -> String {
    let output = herald_output(args, env);
    assert!(
        output.status.success(),
        "herald {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8").trim().to_owned()
}

/// The environment of a herald process of its own, on `dir`, mailing at once to the SMTP sink
/// at `smtp`; and an API key (named `name`) created in it.
pub fn mailing_herald_env(
    dir: &std::path::Path,
    smtp: SocketAddr,
    name: &str,
) -> (Vec<(&'static str, String)>, String) {
    let env = vec![
        ("HERALD_DATA_DIR", dir.display().to_string()),
        ("HERALD_SMTP_URL", format!("smtp://{smtp}")),
        ("HERALD_EMAIL__BATCH_WINDOW", "0s".to_owned()),
    ];
    let key = run_herald(&["keys", "create", "--name", name], &env);
    (env, key)
}

/// Starts `herald serve` with `env` on a port of its choosing and waits until it is ready.
pub async fn start_herald(env: &[(&str, String)]) -> Herald {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_herald"));
    command
        .env("HERALD_LISTEN", "127.0.0.1:0")
        .env("RUST_LOG", "warn");
    for (name, value) in env {
        command.env(name, value);
    }
    let (process, addr) = crate::process::spawn_listening(command).await;
    let herald = Herald { process, addr };
    let ready = Client::new()
        .get(format!("{}/readyz", herald.base()))
        .send()
        .await;
    assert!(
        ready.is_ok_and(|r| r.status() == StatusCode::OK),
        "herald listens on {addr} but is not ready"
    );
    herald
}

/// A fresh inbox token for `user`, minted with the operator key.
pub async fn inbox_token(app: &TestApp, user: &str) -> String {
    let minted = app.post_json(&format!("/v1/users/{user}/inbox-token")).await;
    assert!(minted["expires_at"].is_string(), "{minted}");
    minted["token"].as_str().expect("token").to_owned()
}

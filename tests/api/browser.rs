//! `<herald-inbox>` for real: its logic under `node --test` (`web/test/`), and the component
//! in a headless Chromium (`web/browser/inbox.spec.js`, driven by playwright-core from
//! `web/node_modules`) against a herald on port 0, on a page served from another origin by a
//! small server here, which also mints inbox tokens as a dashboard's backend would.
//!
//! Node, `npm ci --prefix web` and Chromium (`CHROMIUM`, else `chromium` on the `PATH`) are
//! needed; `.ci/run` installs them and sets `REQUIRE_BROWSER=1`, which turns a missing tool
//! into a failure. Elsewhere these tests say what is missing and pass. The component runs on
//! SQLite whatever `TEST_BACKEND` says: the server side is covered on both backends by the
//! other tests.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use crate::helpers::{TestApp, spawn_sqlite};

/// The whole browser run; it takes about a minute.
const BROWSER_RUN: Duration = Duration::from_secs(240);

fn web_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("web")
}

/// The path of a tool, or `None` (and a note) when it is missing and not required.
fn tool(name: &str, found: Option<PathBuf>) -> Option<PathBuf> {
    if found.is_some() {
        return found;
    }
    let required = std::env::var("REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    assert!(!required, "REQUIRE_BROWSER=1 but {name} is missing");
    eprintln!("skipped: {name} is missing (see tests/api/browser.rs)");
    None
}

fn on_path(program: &str) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

fn node() -> Option<PathBuf> {
    tool("node", on_path("node"))
}

fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| on_path("chromium"))
        .or_else(|| on_path("chromium-browser"));
    tool("Chromium", found)
}

fn playwright() -> Option<PathBuf> {
    let module = web_dir().join("node_modules/playwright-core");
    tool(
        "playwright-core (npm ci --prefix web)",
        module.is_dir().then_some(module),
    )
}

async fn run(command: &mut tokio::process::Command) {
    let child = command
        .current_dir(web_dir())
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(BROWSER_RUN, child)
        .await
        .expect("the run finishes")
        .expect("node starts");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        output.status.success(),
        "failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
}

#[tokio::test]
async fn the_component_logic_passes_its_unit_tests() {
    let Some(node) = node() else { return };
    run(tokio::process::Command::new(node).args(["--test", "test/"])).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_component_works_in_chromium_from_another_origin() {
    let (Some(node), Some(chromium), Some(_)) = (node(), chromium(), playwright()) else {
        return;
    };
    // The page's server first: herald must know its origin.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port 0");
    let page_origin = format!("http://localhost:{}", listener.local_addr().expect("addr").port());
    let app = spawn_sqlite(&format!(
        "[inbox]\nallowed_origins = '{page_origin}'\ntoken_ttl = '10s'\n"
    ))
    .await;
    let dashboard = Arc::new(Dashboard::new(&app));
    let pages = Router::new()
        .route("/", get(page))
        .route("/token", get(token))
        .with_state(dashboard);
    tokio::spawn(async move { axum::serve(listener, pages).await });

    let screenshots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("herald-inbox");
    run(tokio::process::Command::new(node)
        .args(["--test-reporter=spec", "browser/inbox.spec.js"])
        .env("HERALD_URL", app.url(""))
        .env("HERALD_KEY", &app.key)
        .env("PAGE_URL", &page_origin)
        .env("CHROMIUM", chromium)
        .env("SCREENSHOTS", &screenshots))
    .await;
    for shot in ["herald-inbox-en.png", "herald-inbox-ar-dark.png"] {
        let path = screenshots.join(shot);
        assert!(
            path.metadata().is_ok_and(|m| m.len() > 10_000),
            "{}",
            path.display()
        );
        println!("screenshot for review: {}", path.display());
    }
}

/// A dashboard's backend: serves its page and mints inbox tokens with its operator key.
struct Dashboard {
    herald: String,
    key: String,
    client: reqwest::Client,
}

impl Dashboard {
    fn new(app: &TestApp) -> Self {
        Self {
            herald: app.url(""),
            key: app.key.clone(),
            client: reqwest::Client::new(),
        }
    }
}

#[derive(Deserialize)]
struct PageQuery {
    user: String,
    read_on: Option<String>,
    token: Option<String>,
}

/// A dashboard page that embeds the component the way the README shows.
async fn page(State(dashboard): State<Arc<Dashboard>>, Query(query): Query<PageQuery>) -> Response {
    let plain = |value: &str| value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !plain(&query.user) {
        return axum::http::StatusCode::BAD_REQUEST.into_response();
    }
    let mut attributes = String::new();
    for (name, value) in [("read-on", &query.read_on), ("token", &query.token)] {
        if let Some(value) = value.as_deref().filter(|v| plain(v)) {
            attributes.push_str(&format!(" {name}=\"{value}\""));
        }
    }
    let herald = &dashboard.herald;
    let user = &query.user;
    Html(format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dashboard</title>
<script type="module" src="{herald}/v1/inbox.js"></script>
<style>
  body {{ margin: 0; font-family: system-ui, sans-serif; }}
  header {{ display: flex; justify-content: space-between; align-items: center; padding: 8px 24px; border-bottom: 1px solid #ddd; }}
  main {{ min-height: 640px; }}
</style>
</head>
<body>
<header><strong>Dashboard</strong><herald-inbox base-url="{herald}" user="{user}" page-size="3"{attributes}></herald-inbox></header>
<main></main>
<script type="module">
  const inbox = document.querySelector("herald-inbox");
  window.heraldEvents = [];
  window.tokens = [];
  inbox.addEventListener("herald:notification", (event) => window.heraldEvents.push(event.detail.item));
  if (!inbox.hasAttribute("token")) {{
    inbox.tokenProvider = async () => {{
      const response = await fetch("/token?user={user}");
      const {{ token }} = await response.json();
      window.tokens.push(token);
      return token;
    }};
  }}
</script>
</body>
</html>"#
    ))
    .into_response()
}

#[derive(Deserialize)]
struct TokenQuery {
    user: String,
}

async fn token(State(dashboard): State<Arc<Dashboard>>, Query(query): Query<TokenQuery>) -> Response {
    let minted = dashboard
        .client
        .post(format!(
            "{}/v1/users/{}/inbox-token",
            dashboard.herald, query.user
        ))
        .bearer_auth(&dashboard.key)
        .send()
        .await;
    match minted {
        Ok(response) => (
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            response.text().await.unwrap_or_default(),
        )
            .into_response(),
        Err(_) => axum::http::StatusCode::BAD_GATEWAY.into_response(),
    }
}

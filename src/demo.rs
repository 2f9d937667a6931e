//! `herald demo`: try `<herald-inbox>` in a minute. It starts a herald of its own (SQLite and
//! emails as `.eml` files in a fresh temporary directory, removed when the demo stops), adds
//! two demo users with results from Ayrshare's errors page, and serves a dashboard page on
//! another origin that embeds the component, mints its tokens and can make a post fail on
//! demand, as a real dashboard's backend would. Only loopback addresses are used.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Context as _;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::app;
use crate::config::Config;
use crate::i18n::Localizer;

/// The demo's people: id, name, locale.
const USERS: &[(&str, &str, &str)] = &[("alex", "Alex", "en"), ("layla", "Layla", "ar")];

/// Results from Ayrshare's errors page, verbatim: the demo ingests the first `SEEDED`, and
/// "make a post fail" sends the next one, round the list, with a new post id.
const RESULTS: &[&str] = &[
    include_str!("../tests/fixtures/seed/facebook-auth-161.json"),
    include_str!("../tests/fixtures/seed/instagram-aspect-ratio-138.json"),
    include_str!("../tests/fixtures/seed/x-credits-depleted-416.json"),
    include_str!("../tests/fixtures/seed/instagram-rate-limit-435.json"),
    include_str!("../tests/fixtures/seed/media-download-blocked-440.json"),
    include_str!("../tests/fixtures/seed/threads-posting-379.json"),
];

const SEEDED: usize = 4;

const PAGE: &str = include_str!("../templates/demo/index.html");

pub async fn run() -> anyhow::Result<()> {
    let dir = Scratch::create()?;
    let dashboard = TcpListener::bind("127.0.0.1:0").await?;
    let origin = format!("http://{}", dashboard.local_addr()?);
    let config = Config::from_toml(&format!(
        "data_dir = '{}'\n[inbox]\nallowed_origins = '{origin}'\n",
        dir.0.display()
    ))?;
    let l10n = Localizer::load(&config.default_locale, None)?;
    let running = app::start(config, Some(TcpListener::bind("127.0.0.1:0").await?)).await?;
    let herald = Herald {
        base: format!("http://{}", running.addr),
        key: app::create_key(running.db(), "demo").await?,
    };
    seed(&herald).await.context("adding the demo users and results")?;
    let state = Arc::new(Demo {
        herald,
        l10n,
        next: AtomicUsize::new(SEEDED),
    });
    let routes = Router::new()
        .route("/", get(page))
        .route("/token", get(token))
        .route("/fail", post(fail))
        .with_state(state.clone());
    println!(
        "herald demo: open {origin}/ in a browser. herald itself is at {}; the emails it \
         would send are in {}. Ctrl-C stops it and deletes them.",
        state.herald.base,
        dir.0.join("outbox").display()
    );
    let served = axum::serve(dashboard, routes).with_graceful_shutdown(app::shutdown_signal());
    let outcome = served.await;
    running.stop().await?;
    Ok(outcome?)
}

/// The demo's data directory: private to its user, with a name nobody can guess ahead, and
/// removed however the demo ends (Ctrl-C, SIGTERM, or a failure while starting).
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn create() -> anyhow::Result<Self> {
        let name = format!("herald-demo-{:016x}", rand::Rng::random::<u64>(&mut rand::rng()));
        let dir = std::env::temp_dir().join(name);
        crate::security::files::private_dir(&dir).context("creating the demo's directory")?;
        Ok(Self(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn seed(herald: &Herald) -> anyhow::Result<()> {
    for &(user, name, locale) in USERS {
        let profile = json!({"name": name, "locale": locale, "email": format!("{user}@example.com")});
        herald.call("PUT", &format!("/v1/users/{user}"), &profile).await?;
        for result in RESULTS.iter().take(SEEDED) {
            herald.ingest(user, result).await?;
        }
    }
    Ok(())
}

struct Demo {
    herald: Herald,
    l10n: Localizer,
    next: AtomicUsize,
}

#[derive(Deserialize)]
struct Viewer {
    user: Option<String>,
}

impl Viewer {
    /// One of the demo users (the first by default).
    fn user(&self) -> (&'static str, &'static str, &'static str) {
        let wanted = self.user.as_deref().unwrap_or_default();
        USERS
            .iter()
            .copied()
            .find(|(id, ..)| *id == wanted)
            .unwrap_or(USERS[0])
    }
}

/// The dashboard: the page in the user's language, with the component and a link to the other
/// user. Every word comes from the Fluent files (`demo-*`).
async fn page(State(demo): State<Arc<Demo>>, Query(viewer): Query<Viewer>) -> Response {
    let (user, name, locale) = viewer.user();
    let lang = demo.l10n.negotiate([locale]);
    let text = |id: &str, name: Option<&str>| {
        let mut args = fluent_bundle::FluentArgs::new();
        if let Some(name) = name {
            args.set("name", name);
        }
        demo.l10n.text(&lang, id, Some(&args))
    };
    let others: Vec<Value> = USERS
        .iter()
        .filter(|(id, ..)| *id != user)
        .map(|(id, other, _)| json!({"id": id, "label": text("demo-switch", Some(other))}))
        .collect();
    let mut context = tera::Context::new();
    context.insert("lang", demo.l10n.tag(&lang));
    context.insert("dir", demo.l10n.dir(&lang));
    context.insert("herald", &demo.herald.base);
    context.insert("user", user);
    context.insert("title", &text("demo-title", None));
    context.insert("intro", &text("demo-intro", None));
    context.insert("viewing", &text("demo-viewing", Some(name)));
    context.insert("fail", &text("demo-fail", None));
    context.insert("others", &others);
    match tera::Tera::one_off(PAGE, &context, true) {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!(%error, "the demo page does not render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// What a dashboard's backend does for its signed-in user: asks herald for an inbox token.
async fn token(State(demo): State<Arc<Demo>>, Query(viewer): Query<Viewer>) -> Response {
    let (user, ..) = viewer.user();
    relay(
        demo.herald
            .call("POST", &format!("/v1/users/{user}/inbox-token"), &Value::Null)
            .await,
    )
}

/// Makes one of the user's posts fail: the next result, as Ayrshare would return it.
async fn fail(State(demo): State<Arc<Demo>>, Query(viewer): Query<Viewer>) -> Response {
    let (user, ..) = viewer.user();
    let result = RESULTS[demo.next.fetch_add(1, Ordering::Relaxed) % RESULTS.len()];
    relay(demo.herald.ingest(user, result).await)
}

fn relay(answer: anyhow::Result<String>) -> Response {
    match answer {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(error) => {
            tracing::warn!(%error, "herald did not answer the demo");
            StatusCode::BAD_GATEWAY.into_response()
        }
    }
}

/// herald's API, called over HTTP with the demo's operator key.
struct Herald {
    base: String,
    key: String,
}

impl Herald {
    /// Ingests a result with a fresh post id, so that each one is a new post.
    async fn ingest(&self, user: &str, result: &str) -> anyhow::Result<String> {
        let mut result: Value = serde_json::from_str(result)?;
        result["id"] = json!(uuid::Uuid::now_v7().simple().to_string());
        self.call("POST", &format!("/v1/users/{user}/results"), &result)
            .await
    }

    async fn call(&self, method: &str, path: &str, body: &Value) -> anyhow::Result<String> {
        let authority = self.base.trim_start_matches("http://");
        let stream = tokio::net::TcpStream::connect(authority).await?;
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        let body = if body.is_null() {
            String::new()
        } else {
            body.to_string()
        };
        let request = hyper::Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, authority)
            .header(header::AUTHORIZATION, format!("Bearer {}", self.key))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Full::new(Bytes::from(body)))?;
        let response = sender.send_request(request).await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        let body = String::from_utf8_lossy(&body).into_owned();
        anyhow::ensure!(status.is_success(), "{method} {path}: {status} {body}");
        Ok(body)
    }
}

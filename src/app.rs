//! Building herald from its configuration, running it, stopping it cleanly.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use jiff::Timestamp;
use rand::Rng;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::check;
use crate::config::Config;
use crate::domain::catalog::Catalog;
use crate::email::Mailer;
use crate::http;
use crate::http::auth::KeyCache;
use crate::i18n::Localizer;
use crate::outbox;
use crate::present::Presenter;
use crate::render::Renderer;
use crate::security::{keys, token::Signer};
use crate::store::writer::Writer;
use crate::store::{Db, StoreOptions};

/// Everything a request handler may need, shared.
pub type AppState = Arc<App>;

pub struct App {
    pub config: Config,
    pub db: Db,
    pub writer: Writer,
    pub catalog: Catalog,
    pub l10n: Localizer,
    pub signer: Signer,
    pub keys: KeyCache,
    pub renderer: Renderer,
    pub mailer: Mailer,
    /// Wakes the outbox worker when deliveries become due now.
    pub outbox: Arc<tokio::sync::Notify>,
    /// Changes when anything that shapes rendered text does (translations, catalog, links),
    /// so that inbox ETags issued before an upgrade or a configuration change stop matching.
    pub render_epoch: u64,
}

impl App {
    pub fn presenter(&self) -> Presenter<'_> {
        Presenter {
            l10n: &self.l10n,
            catalog: &self.catalog,
            links: &self.config.links,
        }
    }
}

/// The parts that need no database: loaded and cross-checked for `serve` and `check` alike.
pub struct Static {
    pub catalog: Catalog,
    pub l10n: Localizer,
    pub renderer: Renderer,
}

impl Static {
    pub fn load(config: &Config) -> anyhow::Result<Self> {
        let catalog = match config.catalog_file() {
            None => Catalog::embedded().context("the embedded catalog is invalid")?,
            Some(path) => {
                let source = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read the catalog file {}", path.display()))?;
                Catalog::parse(&source).with_context(|| format!("catalog file {}", path.display()))?
            }
        };
        let l10n =
            Localizer::load(&config.default_locale, config.locales_dir()).context("loading the locales")?;
        let problems = check::consistency(config, &catalog, &l10n);
        if !problems.is_empty() {
            anyhow::bail!(
                "configuration, catalog and locales disagree:\n  - {}",
                problems.join("\n  - ")
            );
        }
        let renderer = Renderer::load(config.email.templates_dir()).context("loading the templates")?;
        Ok(Self {
            catalog,
            l10n,
            renderer,
        })
    }
}

pub async fn open_db(config: &Config) -> anyhow::Result<Db> {
    open_database(config, &config.database()?).await
}

/// Opens (creating and migrating) a database with the store options of `config`.
pub async fn open_database(config: &Config, database: &crate::config::Database) -> anyhow::Result<Db> {
    let options = StoreOptions {
        synchronous: config.ingest.sqlite_synchronous,
        renotify_after: config.email.renotify_after,
        batch_window: config.email.batch_window,
    };
    Db::open(database, options).await.context("opening the database")
}

/// Creates an API key; returns the key, which is shown once and stored only hashed.
pub async fn create_key(db: &Db, name: &str) -> anyhow::Result<String> {
    let key = keys::generate();
    db.insert_key(&key.id, name, &key.secret_hash, Timestamp::now().as_millisecond())
        .await
        .context("storing the API key")?;
    Ok(key.token)
}

/// A running herald: its address, and the means to stop it.
pub struct Running {
    pub addr: SocketAddr,
    pub app: AppState,
    shutdown: CancellationToken,
    task: JoinHandle<anyhow::Result<()>>,
}

impl Running {
    /// Stops accepting requests, finishes those in flight, commits what the writer holds.
    pub async fn stop(self) -> anyhow::Result<()> {
        self.shutdown.cancel();
        self.task.await.context("the server task failed")?
    }

    /// Runs until SIGINT or SIGTERM, then stops.
    pub async fn until_signalled(self) -> anyhow::Result<()> {
        shutdown_signal().await;
        tracing::info!("shutting down");
        self.stop().await
    }
}

fn render_epoch(l10n: &Localizer, catalog: &Catalog, config: &Config) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    l10n.fingerprint().hash(&mut hasher);
    // Kinds, actions and links are plain data; their JSON is a stable rendering of them.
    serde_json::to_string(catalog.kinds())
        .unwrap_or_default()
        .hash(&mut hasher);
    config.links.dashboard_url.hash(&mut hasher);
    config.links.templates.hash(&mut hasher);
    hasher.finish()
}

/// Builds herald and starts serving; `listener` lets tests bind port 0 first.
pub async fn start(config: Config, listener: Option<TcpListener>) -> anyhow::Result<Running> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create the data directory {}", config.data_dir.display()))?;
    let Static {
        catalog,
        l10n,
        renderer,
    } = Static::load(&config)?;
    let mailer = Mailer::from_config(&config).context("setting up email")?;
    let db = open_db(&config).await?;
    let secret = match config.secret() {
        Some(secret) => secret.as_bytes().to_vec(),
        None => {
            db.secret("signing", || rand::rng().random::<[u8; 32]>().to_vec())
                .await?
        }
    };
    let writer_stop = CancellationToken::new();
    let outbox = Arc::new(tokio::sync::Notify::new());
    let (writer, writer_task) = Writer::start(
        db.clone(),
        config.ingest.max_batch,
        writer_stop.clone(),
        outbox.clone(),
    );
    let listener = match listener {
        Some(listener) => listener,
        None => TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?,
    };
    let addr = listener.local_addr()?;
    let render_epoch = render_epoch(&l10n, &catalog, &config);
    let app = Arc::new(App {
        render_epoch,
        config,
        db,
        writer,
        catalog,
        l10n,
        signer: Signer::new(&secret).context("the signing secret is unusable")?,
        keys: KeyCache::default(),
        renderer,
        mailer,
        outbox: outbox.clone(),
    });
    let shutdown = CancellationToken::new();
    let worker_stop = CancellationToken::new();
    let worker = app
        .config
        .role
        .sends_email()
        .then(|| tokio::spawn(outbox::run(app.clone(), outbox, worker_stop.clone())));
    let router = if app.config.role.serves_api() {
        http::router(app.clone())
    } else {
        http::health_router(app.clone())
    };
    let stopping = shutdown.clone();
    let db = app.db.clone();
    let task = tokio::spawn(async move {
        axum::serve(listener, router)
            .with_graceful_shutdown(async move { stopping.cancelled().await })
            .await
            .context("the HTTP server failed")?;
        // No request is in flight any more: commit what the writer holds, then stop it; let the
        // outbox worker finish the emails it is sending.
        writer_stop.cancel();
        worker_stop.cancel();
        writer_task.await.context("the ingest writer failed")?;
        if let Some(worker) = worker {
            worker.await.context("the outbox worker failed")?;
        }
        db.close().await;
        Ok(())
    });
    tracing::info!(%addr, role = ?app.config.role, "herald is listening");
    Ok(Running {
        addr,
        app,
        shutdown,
        task,
    })
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        () = terminate => {}
    }
}

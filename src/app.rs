//! The composition root: builds herald's components once from the configuration, hands
//! each part of the process only what it needs, runs them, and stops them in order (HTTP
//! drains, the writer commits what it holds, the email worker finishes what it is sending).
//!
//! A process builds only what its role needs: an `api` process has no mailer, a `worker`
//! process no HTTP state and no ingest writer.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use jiff::Timestamp;
use rand::Rng;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::check;
use crate::clock::Clock;
use crate::config::Config;
use crate::domain::catalog::Catalog;
use crate::email::Mailer;
use crate::http::generations::Generations;
use crate::http::rate_limit::RateLimits;
use crate::http::{self, ApiState, Auth, AyrshareHooks, Components, Inbox, Ingest, Pages, Users};
use crate::i18n::Localizer;
use crate::live::{self, Live};
use crate::outbox::{Composer, Outbox};
use crate::render::Renderer;
use crate::retention::Pruner;
use crate::security::{keys, token::Signer};
use crate::store::writer::Writer;
use crate::store::{Db, StoreOptions};
use crate::texts::Texts;
use crate::webhooks::Webhooks;

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
    open_database(config, &config.database()).await
}

/// Opens (creating and migrating) a database with the store options of `config`.
pub async fn open_database(config: &Config, database: &crate::config::Database) -> anyhow::Result<Db> {
    Db::open(database, StoreOptions::from_config(config))
        .await
        .context("opening the database")
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
    db: Db,
    /// The email worker, when a test drives it (a manual clock) instead of a background task.
    outbox: Option<Outbox>,
    /// The pruner, likewise.
    pruner: Option<Pruner>,
    shutdown: CancellationToken,
    task: JoinHandle<anyhow::Result<()>>,
}

impl Running {
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The outbox of a herald started on a manual clock, for the test to dispatch.
    pub fn outbox(&self) -> Option<&Outbox> {
        self.outbox.as_ref()
    }

    /// The pruner of a herald started on a manual clock, for the test to run.
    pub fn pruner(&self) -> Option<&Pruner> {
        self.pruner.as_ref()
    }

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

/// Builds herald on the system clock and starts serving; `listener` lets tests bind port 0.
pub async fn start(config: Config, listener: Option<TcpListener>) -> anyhow::Result<Running> {
    start_with(config, listener, Clock::system()).await
}

/// Builds herald on `clock` and starts serving. On a manual clock the email worker does not
/// run by itself: the test dispatches it ([`Running::outbox`]) after moving the clock.
pub async fn start_with(
    config: Config,
    listener: Option<TcpListener>,
    clock: Clock,
) -> anyhow::Result<Running> {
    crate::security::files::private_dir(&config.data_dir)
        .with_context(|| format!("cannot create the data directory {}", config.data_dir.display()))?;
    let Static {
        catalog,
        l10n,
        renderer,
    } = Static::load(&config)?;
    let mailer = match config.role.sends_email() {
        true => Some(Mailer::from_config(&config).context("setting up email")?),
        false => None,
    };
    let db = open_db(&config).await?;
    let signer = Arc::new(signer(&config, &db).await?);
    let catalog = Arc::new(catalog);
    let texts = Texts::new(l10n, catalog.clone(), config.links.clone());
    let renderer = Arc::new(renderer);
    let outbox_wake = Arc::new(Notify::new());
    // On PostgreSQL the map is trusted once the change listener is up (`live::bus`).
    let live = Live::new(
        live::Capacity {
            inboxes: config.inbox.cached_inboxes,
            held: config.inbox.max_waiting,
            held_per_user: config.inbox.max_waiting_per_user,
        },
        matches!(db, Db::Sqlite(_)),
    );
    let bus_stop = CancellationToken::new();
    let bus = match &db {
        Db::Postgres(store) if config.role.serves_api() => Some(tokio::spawn(live::bus::listen(
            store.clone(),
            live.clone(),
            bus_stop.clone(),
        ))),
        _ => None,
    };

    let outbox = mailer.map(|mailer| {
        let composer = Composer::new(
            texts.clone(),
            renderer.clone(),
            signer.clone(),
            &config.email,
            &config.public_url,
            config.brand.clone(),
        );
        Outbox::new(
            db.clone(),
            mailer,
            composer,
            clock.clone(),
            config.email.clone(),
            outbox_wake.clone(),
        )
    });
    let writer_stop = CancellationToken::new();
    let claims_stop = CancellationToken::new();
    let (router, writer_task, claims_task) = if config.role.serves_api() {
        let (writer, writer_task) = Writer::start(
            db.clone(),
            config.ingest.max_batch,
            clock.clone(),
            writer_stop.clone(),
            outbox_wake.clone(),
            live.clone(),
        );
        let ingest = Ingest::new(
            catalog.clone(),
            writer,
            clock.clone(),
            config.ingest.signing_secrets.clone(),
            config.ingest.max_notifications_per_result,
        );
        let claimed = Arc::new(Notify::new());
        let webhooks = Webhooks::new(db.clone(), ingest.clone(), claimed.clone());
        let claims_task = tokio::spawn(webhooks.clone().deliver_claimed(claims_stop.clone()));
        // The same bound as the inbox versions kept in memory.
        let generations = Generations::new(db.clone(), config.inbox.cached_inboxes);
        let state = ApiState::new(Components {
            auth: Auth::new(
                db.clone(),
                signer.clone(),
                generations.clone(),
                clock.clone(),
                RateLimits::new(&config.rate_limit),
            ),
            webhooks: AyrshareHooks::new(config.webhooks.ayrshare_secrets.clone(), webhooks),
            ingest,
            inbox: Inbox::new(
                db.clone(),
                live.clone(),
                texts.clone(),
                clock.clone(),
                &config.inbox,
            ),
            users: Users::new(
                db.clone(),
                signer.clone(),
                config.inbox.token_ttl,
                generations,
                clock.clone(),
                claimed,
                live.clone(),
            ),
            pages: Pages::new(
                db.clone(),
                signer,
                texts.clone(),
                renderer,
                config.brand.clone(),
                clock.clone(),
            ),
            texts,
            catalog,
            db: db.clone(),
            clock: clock.clone(),
            live: live.clone(),
            outbox_wake,
        });
        (
            http::router(state, config.ingest.max_body_bytes, &config.inbox.allowed_origins),
            Some(writer_task),
            Some(claims_task),
        )
    } else {
        (http::health_router(db.clone()), None, None)
    };

    let listener = match listener {
        Some(listener) => listener,
        None => TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?,
    };
    let addr = listener.local_addr()?;
    let overflow = http::overflow_router(db.clone());
    let bounds = http::server::Bounds {
        max_connections: config.http.max_connections,
        header_read_timeout: config.http.header_read_timeout,
    };
    http::server::raise_file_limit(bounds.max_connections);
    let worker_stop = CancellationToken::new();
    let (worker, driven) = match outbox {
        Some(outbox) if clock.is_manual() => (None, Some(outbox)),
        Some(outbox) => (Some(tokio::spawn(outbox.run(worker_stop.clone()))), None),
        None => (None, None),
    };
    // Retention runs where email does: one role owns the background work.
    let pruner = config
        .role
        .sends_email()
        .then(|| Pruner::new(db.clone(), clock.clone(), config.retention.clone(), live.clone()));
    let (pruning, pruner) = match pruner {
        Some(pruner) if clock.is_manual() => (None, Some(pruner)),
        Some(pruner) => (Some(tokio::spawn(pruner.run(worker_stop.clone()))), None),
        None => (None, None),
    };
    let shutdown = CancellationToken::new();
    let stopping = shutdown.clone();
    let closing = db.clone();
    // Histogram samples wait in memory until folded into their buckets.
    let upkeep = tokio::spawn(crate::metrics::upkeep(METRICS_UPKEEP));
    let task = tokio::spawn(async move {
        http::server::serve(listener, router, overflow, bounds, async move {
            stopping.cancelled().await;
            // Streams would hold the shutdown open for as long as their tokens last.
            live.close();
        })
        .await;
        // No request is in flight any more: let claimed webhooks finish the one they submitted,
        // commit what the writer holds, then stop it; let the outbox worker finish the emails
        // it is sending.
        claims_stop.cancel();
        if let Some(claims) = claims_task {
            claims.await.context("delivering claimed webhooks failed")?;
        }
        writer_stop.cancel();
        worker_stop.cancel();
        if let Some(writer) = writer_task {
            writer.await.context("the ingest writer failed")?;
        }
        if let Some(worker) = worker {
            worker.await.context("the outbox worker failed")?;
        }
        if let Some(pruning) = pruning {
            pruning.await.context("the pruner failed")?;
        }
        bus_stop.cancel();
        if let Some(bus) = bus {
            bus.await.context("the inbox change listener failed")?;
        }
        closing.close().await;
        upkeep.abort();
        Ok(())
    });
    tracing::info!(%addr, role = ?config.role, "herald is listening");
    Ok(Running {
        addr,
        db,
        outbox: driven,
        pruner,
        shutdown,
        task,
    })
}

/// How often histogram samples are folded into their buckets.
const METRICS_UPKEEP: std::time::Duration = std::time::Duration::from_secs(5);

/// The secret that signs inbox and unsubscribe tokens: configured, or generated once and
/// kept in the database so that every instance shares it.
async fn signer(config: &Config, db: &Db) -> anyhow::Result<Signer> {
    let secret = match config.secret() {
        Some(secret) => secret.expose().to_vec(),
        None => {
            db.secret("signing", || rand::rng().random::<[u8; 32]>().to_vec())
                .await?
        }
    };
    Signer::new(&secret).context("the signing secret is unusable")
}

/// Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
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

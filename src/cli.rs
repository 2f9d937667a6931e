//! The command line: `serve` (the default), `migrate`, `check`, `explain`, `demo`, `keys`.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use jiff::Timestamp;
use secrecy::SecretString;
use tracing_subscriber::EnvFilter;

use crate::app::{self, Static};
use crate::config::{Config, Database, LogFormat, Role};
use crate::explain;
use crate::texts::Texts;

#[derive(Debug, Parser)]
#[command(
    name = "herald",
    version,
    about = "Turns Ayrshare publish results into notifications people can act on"
)]
pub struct Cli {
    /// A TOML file layered over the embedded defaults (environment variables still win).
    #[arg(long, global = true, env = "HERALD_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP API and the email worker (the default when no command is given).
    Serve {
        /// What to run here: all, api (no email worker) or worker (email only).
        #[arg(long, value_enum)]
        role: Option<Role>,
    },
    /// Create or upgrade the database schema, then exit.
    Migrate,
    /// Validate the configuration, the catalog and the locales, then exit.
    Check,
    /// Show what a result (a JSON file, `-` for stdin) would produce, storing nothing.
    Explain {
        file: PathBuf,
        /// Render the texts in this locale.
        #[arg(long, default_value = "en")]
        locale: String,
        /// The language Ayrshare translated the messages into (Translate-Error-Message).
        #[arg(long)]
        translated: Option<String>,
    },
    /// Try the browser inbox: a herald of its own with demo users and results, and a
    /// dashboard page showing `<herald-inbox>` live (prints its URL; nothing is kept).
    Demo,
    /// Manage operator API keys.
    #[command(subcommand)]
    Keys(Keys),
    /// Copy this (SQLite) deployment into a PostgreSQL database; safe to run again.
    CopyToPostgres {
        /// The target, `postgres://user:password@host/database`; migrated first. Prefer the
        /// environment variable: other local users can read a process's arguments.
        #[arg(long, env = "HERALD_COPY_TO", hide_env_values = true, value_parser = secret_argument)]
        to: SecretString,
    },
}

#[derive(Debug, Subcommand)]
pub enum Keys {
    /// Create a key and print it (only) on stdout; it is stored hashed and never shown again.
    Create {
        #[arg(long)]
        name: String,
    },
    /// List keys (never the keys themselves).
    List,
    /// Revoke a key by its id (the part after `hk_`, before the second `_`).
    Revoke { id: String },
}

/// Logs go to stderr in the configured format (`log_format`, `HERALD_LOG_FORMAT`); levels
/// come from `RUST_LOG`. Colours only on a terminal: journald and log files get plain text.
fn init_logs(format: LogFormat) {
    use std::io::IsTerminal as _;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => logs.json().init(),
        LogFormat::Pretty => logs.init(),
    }
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(cli.config.as_deref())?;
    init_logs(config.log_format);
    match cli.command.unwrap_or(Command::Serve { role: None }) {
        Command::Serve { role } => {
            let mut config = config;
            config.role = role.unwrap_or(config.role);
            serve(config).await
        }
        Command::Migrate => {
            app::open_db(&config).await?.close().await;
            eprintln!("herald: the database schema is up to date");
            Ok(())
        }
        Command::Check => {
            let loaded = Static::load(&config)?;
            eprintln!(
                "herald: configuration, catalog ({} kinds) and locales ({}) are consistent",
                loaded.catalog.kinds().len(),
                loaded.l10n.tags().collect::<Vec<_>>().join(", ")
            );
            Ok(())
        }
        Command::Explain {
            file,
            locale,
            translated,
        } => explain(&config, &file, &locale, translated.as_deref()),
        Command::Demo => crate::demo::run().await,
        Command::Keys(keys) => manage_keys(&config, keys).await,
        Command::CopyToPostgres { to } => copy_to_postgres(&config, &to).await,
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let running = app::start(config, None).await?;
    // Said on stdout for whoever started herald with port 0 (tests, the load harness).
    println!("herald: listening on {}", running.addr);
    if running.db().keys().await?.is_empty() {
        let key = app::create_key(running.db(), "first key").await?;
        println!("herald: no API key existed, so one was created. It is shown only this once:\n{key}");
    }
    running.until_signalled().await
}

fn explain(config: &Config, file: &PathBuf, locale: &str, translated: Option<&str>) -> anyhow::Result<()> {
    let body = if file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())?
    } else {
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?
    };
    let value: serde_json::Value = serde_json::from_str(&body).context("the file is not valid JSON")?;
    let Static { catalog, l10n, .. } = Static::load(config)?;
    let now = Timestamp::now();
    let classification =
        explain::classify_body(&catalog, &value, now)?.capped(config.ingest.max_notifications_per_result);
    let texts = Texts::new(l10n, Arc::new(catalog), config.links.clone());
    let lang = texts.l10n().negotiate([locale]);
    let explanation = explain::explain(&texts.presenter(), &classification, &lang, translated, now);
    println!("{}", serde_json::to_string_pretty(&explanation)?);
    Ok(())
}

/// Arguments that carry passwords never print, not even in `Debug`.
fn secret_argument(value: &str) -> Result<SecretString, std::convert::Infallible> {
    Ok(value.into())
}

async fn copy_to_postgres(config: &Config, to: &SecretString) -> anyhow::Result<()> {
    let source = app::open_db(config).await?;
    let target = app::open_database(config, &Database::Postgres(to.clone())).await?;
    let report = crate::store::copy::sqlite_to_postgres(&source, &target).await?;
    let mut complete = true;
    for table in &report {
        eprintln!(
            "herald: {:<14} {:>9} rows in SQLite, {:>9} in PostgreSQL",
            table.table, table.source, table.target
        );
        complete &= table.target >= table.source;
    }
    source.close().await;
    target.close().await;
    anyhow::ensure!(complete, "PostgreSQL has fewer rows than SQLite in some table");
    Ok(())
}

async fn manage_keys(config: &Config, keys: Keys) -> anyhow::Result<()> {
    let db = app::open_db(config).await?;
    let outcome = match keys {
        Keys::Create { name } => {
            let key = app::create_key(&db, name.trim()).await?;
            println!("{key}");
            Ok(())
        }
        Keys::List => {
            for key in db.keys().await? {
                let created = crate::present::millis(key.created_at);
                let state = key.revoked_at.map_or_else(
                    || "active".to_owned(),
                    |at| format!("revoked {}", crate::present::millis(at)),
                );
                println!("{}\t{}\tcreated {created}\t{state}", key.id, key.name);
            }
            Ok(())
        }
        Keys::Revoke { id } => {
            if db.revoke_key(&id, Timestamp::now().as_millisecond()).await? {
                eprintln!("herald: key {id} revoked");
                Ok(())
            } else {
                Err(anyhow::anyhow!("no active key has the id {id}"))
            }
        }
    };
    db.close().await;
    outcome
}

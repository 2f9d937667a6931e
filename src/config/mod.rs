//! Configuration: the embedded, commented `default.toml`, then an optional file, then
//! `HERALD_*` environment variables; validated before anything starts.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

pub const DEFAULT_TOML: &str = include_str!("default.toml");

/// Placeholders a link template may use.
const LINK_PLACEHOLDERS: &[&str] = &["dashboard_url", "platform", "post_id", "user_id"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub listen: SocketAddr,
    pub role: Role,
    pub data_dir: PathBuf,
    database_url: String,
    smtp_url: String,
    pub public_url: String,
    secret: String,
    pub default_locale: String,
    catalog_file: String,
    locales_dir: String,
    pub log_format: LogFormat,
    pub ingest: Ingest,
    pub inbox: Inbox,
    pub links: Links,
    pub email: Email,
    pub brand: Brand,
}

/// What an instance runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    All,
    Api,
    Worker,
}

impl Role {
    pub fn serves_api(self) -> bool {
        self != Self::Worker
    }

    pub fn sends_email(self) -> bool {
        self != Self::Api
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ingest {
    pub max_body_bytes: usize,
    pub max_batch: usize,
    pub sqlite_synchronous: Synchronous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Synchronous {
    Full,
    Normal,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inbox {
    #[serde(with = "humantime_serde")]
    pub token_ttl: Duration,
    pub default_limit: u32,
    pub max_limit: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Email {
    pub from: String,
    pub reply_to: String,
    #[serde(with = "humantime_serde")]
    pub batch_window: Duration,
    pub hourly_cap: u32,
    #[serde(with = "humantime_serde")]
    pub renotify_after: Duration,
    #[serde(with = "humantime_serde")]
    pub retry_base: Duration,
    #[serde(with = "humantime_serde")]
    pub retry_max: Duration,
    #[serde(with = "humantime_serde")]
    pub give_up_after: Duration,
    #[serde(with = "humantime_serde")]
    pub lease: Duration,
    pub connections: u32,
    #[serde(with = "humantime_serde")]
    pub timeout: Duration,
    templates_dir: String,
}

impl Email {
    pub fn templates_dir(&self) -> Option<&Path> {
        (!self.templates_dir.is_empty()).then(|| Path::new(&self.templates_dir))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub product_name: String,
    pub logo_url: String,
    pub primary_color: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Links {
    pub dashboard_url: String,
    #[serde(flatten)]
    pub templates: BTreeMap<String, String>,
}

/// Which database a URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    Sqlite(PathBuf),
    Postgres(String),
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0}")]
    Load(#[from] Box<figment::Error>),
    #[error("configuration `{key}`: {problem}")]
    Invalid { key: &'static str, problem: String },
}

fn invalid(key: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key,
        problem: problem.into(),
    }
}

impl Config {
    /// Loads the layers; `file` is the `--config` argument.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Toml::string(DEFAULT_TOML));
        if let Some(file) = file {
            if !file.is_file() {
                return Err(invalid(
                    "--config",
                    format!("{} is not a readable file", file.display()),
                ));
            }
            figment = figment.merge(Toml::file(file));
        }
        // HERALD_CONFIG names the file (clap reads it); every other HERALD_ variable is a setting,
        // and an unknown one (a typo) stops herald rather than being ignored.
        Self::from_figment(figment.merge(Env::prefixed("HERALD_").ignore(&["CONFIG"]).split("__")))
    }

    /// The embedded defaults with `overrides` (TOML) on top: for tests and tools.
    pub fn from_toml(overrides: &str) -> Result<Self, ConfigError> {
        Self::from_figment(Figment::from(Toml::string(DEFAULT_TOML)).merge(Toml::string(overrides)))
    }

    fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        let config: Self = figment.extract().map_err(Box::new)?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        self.database()?;
        self.smtp_url()?;
        if !(self.public_url.starts_with("http://") || self.public_url.starts_with("https://")) {
            return Err(invalid("public_url", "must start with http:// or https://"));
        }
        if !self.secret.is_empty() && self.secret.len() < 32 {
            return Err(invalid(
                "secret",
                "must be empty (generated) or at least 32 characters",
            ));
        }
        if crate::i18n::canonical_tag(&self.default_locale).is_none() {
            return Err(invalid(
                "default_locale",
                format!("`{}` is not a language tag", self.default_locale),
            ));
        }
        if !(1024..=16 * 1024 * 1024).contains(&self.ingest.max_body_bytes) {
            return Err(invalid(
                "ingest.max_body_bytes",
                "must be between 1024 and 16777216",
            ));
        }
        if !(1..=10_000).contains(&self.ingest.max_batch) {
            return Err(invalid("ingest.max_batch", "must be between 1 and 10000"));
        }
        if self.inbox.token_ttl < Duration::from_secs(10)
            || self.inbox.token_ttl > Duration::from_secs(7 * 86400)
        {
            return Err(invalid("inbox.token_ttl", "must be between 10s and 7 days"));
        }
        if self.inbox.default_limit == 0
            || self.inbox.default_limit > self.inbox.max_limit
            || self.inbox.max_limit > 1000
        {
            return Err(invalid(
                "inbox.default_limit",
                "needs 1 ≤ default_limit ≤ max_limit ≤ 1000",
            ));
        }
        self.validate_email()?;
        for (name, template) in &self.links.templates {
            check_template(template).map_err(|p| ConfigError::Invalid {
                key: "links",
                problem: format!("`{name}`: {p}"),
            })?;
        }
        Ok(())
    }

    fn validate_email(&self) -> Result<(), ConfigError> {
        let email = &self.email;
        email
            .from
            .parse::<lettre::message::Mailbox>()
            .map_err(|e| invalid("email.from", format!("is not an address: {e}")))?;
        if !email.reply_to.is_empty() {
            email
                .reply_to
                .parse::<lettre::message::Mailbox>()
                .map_err(|e| invalid("email.reply_to", format!("is not an address: {e}")))?;
        }
        if email.hourly_cap == 0 {
            return Err(invalid("email.hourly_cap", "must be at least 1"));
        }
        if !(1..=256).contains(&email.connections) {
            return Err(invalid("email.connections", "must be between 1 and 256"));
        }
        if email.retry_base.is_zero() || email.retry_max < email.retry_base {
            return Err(invalid("email.retry_base", "needs 0 < retry_base ≤ retry_max"));
        }
        if email.lease < Duration::from_secs(1) || email.timeout.is_zero() {
            return Err(invalid(
                "email.lease",
                "lease must be at least 1s and timeout above 0",
            ));
        }
        let color = &self.brand.primary_color;
        let hex = color
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()));
        if hex.is_none() {
            return Err(invalid("brand.primary_color", "must be #RRGGBB"));
        }
        if !(self.brand.logo_url.is_empty() || self.brand.logo_url.starts_with("https://")) {
            return Err(invalid("brand.logo_url", "must be empty or an https:// URL"));
        }
        Ok(())
    }

    pub fn database(&self) -> Result<Database, ConfigError> {
        let url = self.database_url.trim();
        if url.is_empty() {
            return Ok(Database::Sqlite(self.data_dir.join("herald.db")));
        }
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            if path.is_empty() {
                return Err(invalid("database_url", "a sqlite URL needs a file path"));
            }
            return Ok(Database::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Database::Postgres(url.to_owned()));
        }
        Err(invalid(
            "database_url",
            "must be empty, sqlite://PATH or postgres://…",
        ))
    }

    /// The SMTP URL, if mail should go over SMTP rather than into the .eml outbox.
    pub fn smtp_url(&self) -> Result<Option<&str>, ConfigError> {
        let url = self.smtp_url.trim();
        if url.is_empty() {
            return Ok(None);
        }
        if url.starts_with("smtp://") || url.starts_with("smtps://") {
            Ok(Some(url))
        } else {
            Err(invalid("smtp_url", "must be empty, smtp://… or smtps://…"))
        }
    }

    /// The configured signing secret, if any (empty: generated and kept in the database).
    pub fn secret(&self) -> Option<&str> {
        (!self.secret.is_empty()).then_some(self.secret.as_str())
    }

    pub fn catalog_file(&self) -> Option<&Path> {
        (!self.catalog_file.is_empty()).then(|| Path::new(&self.catalog_file))
    }

    pub fn locales_dir(&self) -> Option<&Path> {
        (!self.locales_dir.is_empty()).then(|| Path::new(&self.locales_dir))
    }
}

/// A link template may only use the known placeholders, and braces must pair.
fn check_template(template: &str) -> Result<(), String> {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("has an unclosed `{`")?;
        let name = &after[..close];
        if !LINK_PLACEHOLDERS.contains(&name) {
            return Err(format!("unknown placeholder `{{{name}}}`"));
        }
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err("has a `}` without `{`".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        let config = Config::from_toml("").expect("defaults");
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(
            config.database().ok(),
            Some(Database::Sqlite(PathBuf::from("./data/herald.db")))
        );
        assert_eq!(config.smtp_url().ok().flatten(), None);
    }

    #[test]
    fn explains_what_is_wrong() {
        let cases = [
            ("database_url = 'mysql://x'", "database_url"),
            ("smtp_url = 'http://x'", "smtp_url"),
            ("secret = 'short'", "secret"),
            ("[ingest]\nmax_batch = 0", "ingest.max_batch"),
            (
                "[links]\nrelink = '{dashboard}/x'",
                "unknown placeholder `{dashboard}`",
            ),
            ("listen = 'nowhere'", "listen"),
            ("surprise = 1", "surprise"),
            ("[email]\nfrom = 'nobody'", "email.from"),
            ("[brand]\nprimary_color = 'red'", "brand.primary_color"),
        ];
        for (toml, expected) in cases {
            let message = Config::from_toml(toml).expect_err(toml).to_string();
            assert!(message.contains(expected), "{toml}: {message}");
        }
    }

    #[test]
    #[allow(clippy::result_large_err)] // figment's own test harness signature
    fn environment_overrides_files() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("HERALD_LISTEN", "127.0.0.1:9999");
            jail.set_env("HERALD_DATABASE_URL", "postgres://localhost/herald");
            jail.set_env("HERALD_INGEST__MAX_BATCH", "7");
            let config = Config::load(None).expect("config");
            assert_eq!(config.listen.port(), 9999);
            assert_eq!(
                config.database().ok(),
                Some(Database::Postgres("postgres://localhost/herald".into()))
            );
            assert_eq!(config.ingest.max_batch, 7);
            Ok(())
        });
    }
}

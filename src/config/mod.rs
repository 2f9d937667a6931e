//! Configuration: the embedded, commented `default.toml`, then an optional file, then
//! `HERALD_*` environment variables; validated before anything starts.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use lettre::message::Mailbox;
use serde::Deserialize;

mod values;

use crate::security::signature::Secrets;

pub use values::{Database, Rate, SigningSecret};

use crate::email::Relay;

pub const DEFAULT_TOML: &str = include_str!("default.toml");

/// Placeholders a link template may use.
const LINK_PLACEHOLDERS: &[&str] = &["dashboard_url", "platform", "post_id", "user_id"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub listen: SocketAddr,
    pub role: Role,
    pub data_dir: PathBuf,
    #[serde(rename = "database_url", deserialize_with = "values::optional")]
    database: Option<Database>,
    #[serde(rename = "smtp_url", deserialize_with = "values::optional")]
    smtp: Option<Relay>,
    pub public_url: String,
    #[serde(deserialize_with = "values::optional_secret")]
    secret: Option<SigningSecret>,
    pub default_locale: String,
    #[serde(deserialize_with = "values::optional")]
    catalog_file: Option<PathBuf>,
    #[serde(deserialize_with = "values::optional")]
    locales_dir: Option<PathBuf>,
    pub log_format: LogFormat,
    pub ingest: Ingest,
    pub webhooks: Webhooks,
    pub retention: Retention,
    pub inbox: Inbox,
    pub links: Links,
    pub email: Email,
    pub brand: Brand,
    pub rate_limit: RateLimit,
    pub http: Http,
}

/// The HTTP server's bounds (`http::server`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Http {
    pub max_connections: usize,
    #[serde(with = "humantime_serde")]
    pub header_read_timeout: Duration,
}

/// Requests allowed per API key, per user holding an inbox token, and per client IP for
/// requests without a valid credential (`http::rate_limit`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimit {
    pub per_key: Rate,
    pub per_user: Rate,
    pub per_ip: Rate,
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
    /// The most notifications one request may create or bump; the rest are counted on the
    /// last one (`Classification::capped`).
    pub max_notifications_per_result: usize,
    pub max_batch: usize,
    pub sqlite_synchronous: Synchronous,
    pub sqlite_wal_max_bytes: u64,
    /// Standard Webhooks secrets a service may sign `POST …/results` with instead of a key.
    #[serde(deserialize_with = "values::standard_secret_list")]
    pub signing_secrets: Secrets,
}

/// How long each kind of data is kept; `None` is forever.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    #[serde(deserialize_with = "values::optional_duration")]
    pub events: Option<Duration>,
    #[serde(deserialize_with = "values::optional_duration")]
    pub closed_notifications: Option<Duration>,
    #[serde(deserialize_with = "values::optional_duration")]
    pub finished_deliveries: Option<Duration>,
    #[serde(deserialize_with = "values::optional_duration")]
    pub unrouted_webhooks: Option<Duration>,
    /// Rows of each kind deleted per statement.
    pub batch: u32,
    /// How often the pruner runs.
    #[serde(with = "humantime_serde")]
    pub interval: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Webhooks {
    /// The secrets Ayrshare signs its webhooks with; none: the webhook route is closed.
    #[serde(deserialize_with = "values::secret_list")]
    pub ayrshare_secrets: Secrets,
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
    /// Origins (`https://app.example.com`) whose pages may call the inbox routes (CORS).
    #[serde(deserialize_with = "values::origin_list")]
    pub allowed_origins: Vec<String>,
    /// Inboxes whose version (and counts) this process keeps in memory.
    pub cached_inboxes: usize,
    /// Long-polls and streams open at once, in all, and for one user.
    pub max_waiting: usize,
    pub max_waiting_per_user: usize,
    /// A stream whose reader takes no event for this long is dropped.
    #[serde(with = "humantime_serde")]
    pub slow_reader_timeout: Duration,
    /// The longest a stream lasts (one opened with an inbox token ends sooner, with it).
    #[serde(with = "humantime_serde")]
    pub stream_max_age: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Email {
    #[serde(deserialize_with = "values::parsed")]
    pub from: Mailbox,
    #[serde(deserialize_with = "values::optional")]
    pub reply_to: Option<Mailbox>,
    #[serde(with = "humantime_serde")]
    pub batch_window: Duration,
    pub hourly_cap: u32,
    #[serde(with = "humantime_serde")]
    pub renotify_after: Duration,
    /// When set, every emailing kind waits this long for its item to be seen in the inbox
    /// (instead of the catalog's `email_after`).
    #[serde(deserialize_with = "values::optional_duration")]
    pub unseen_delay: Option<Duration>,
    /// Everyone's quiet hours unless their profile has their own.
    #[serde(deserialize_with = "values::optional")]
    pub quiet_hours: Option<crate::domain::quiet_hours::QuietHours>,
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
    #[serde(deserialize_with = "values::optional")]
    templates_dir: Option<PathBuf>,
    #[serde(deserialize_with = "values::optional")]
    tls_ca_file: Option<PathBuf>,
}

impl Email {
    pub fn templates_dir(&self) -> Option<&Path> {
        self.templates_dir.as_deref()
    }

    /// PEM certificates the SMTP connection trusts besides the public roots.
    pub fn tls_ca_file(&self) -> Option<&Path> {
        self.tls_ca_file.as_deref()
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

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(transparent)]
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
        // HERALD_CONFIG names the file and HERALD_COPY_TO the target of `copy-to-postgres` (clap
        // reads both); every other HERALD_ variable is a setting, and an unknown one (a typo)
        // stops herald rather than being ignored.
        let env = Env::prefixed("HERALD_")
            .ignore(&["CONFIG", "COPY_TO"])
            .split("__");
        Self::from_figment(figment.merge(env))
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
        if !(self.public_url.starts_with("http://") || self.public_url.starts_with("https://")) {
            return Err(invalid("public_url", "must start with http:// or https://"));
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
        if self.http.max_connections == 0 || self.http.header_read_timeout.is_zero() {
            return Err(invalid(
                "http",
                "max_connections and header_read_timeout must be above zero",
            ));
        }
        if !(1..=10_000).contains(&self.ingest.max_notifications_per_result) {
            return Err(invalid(
                "ingest.max_notifications_per_result",
                "must be between 1 and 10000",
            ));
        }
        if !(65_536..=4 << 30).contains(&self.ingest.sqlite_wal_max_bytes) {
            return Err(invalid(
                "ingest.sqlite_wal_max_bytes",
                "must be between 65536 (64 KiB) and 4294967296 (4 GiB)",
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
        if !(1..=1_000_000).contains(&self.inbox.max_waiting)
            || !(1..=1000).contains(&self.inbox.max_waiting_per_user)
        {
            return Err(invalid(
                "inbox.max_waiting",
                "needs 1 ≤ max_waiting ≤ 1000000 and 1 ≤ max_waiting_per_user ≤ 1000",
            ));
        }
        if !(Duration::from_millis(100)..=Duration::from_secs(600)).contains(&self.inbox.slow_reader_timeout)
        {
            return Err(invalid(
                "inbox.slow_reader_timeout",
                "must be between 100ms and 10m",
            ));
        }
        if !(Duration::from_secs(1)..=Duration::from_secs(86400)).contains(&self.inbox.stream_max_age) {
            return Err(invalid("inbox.stream_max_age", "must be between 1s and 1 day"));
        }
        if !(1..=100_000_000).contains(&self.inbox.cached_inboxes) {
            return Err(invalid("inbox.cached_inboxes", "must be between 1 and 100000000"));
        }
        self.validate_email()?;
        self.validate_retention()?;
        for (name, template) in &self.links.templates {
            check_template(template).map_err(|p| ConfigError::Invalid {
                key: "links",
                problem: format!("`{name}`: {p}"),
            })?;
        }
        Ok(())
    }

    fn validate_retention(&self) -> Result<(), ConfigError> {
        if !(1..=10_000).contains(&self.retention.batch) {
            return Err(invalid("retention.batch", "must be between 1 and 10000"));
        }
        if self.retention.interval < Duration::from_secs(1) {
            return Err(invalid("retention.interval", "must be at least 1s"));
        }
        // The hourly cap counts the emails sent in the last hour.
        if self
            .retention
            .finished_deliveries
            .is_some_and(|keep| keep < Duration::from_secs(3600))
        {
            return Err(invalid(
                "retention.finished_deliveries",
                "must be at least 1h (the hourly cap counts sent emails), or empty (forever)",
            ));
        }
        // The idempotency window ends with the event: a sender retrying for as long as herald
        // itself retries an email should still be recognised.
        if self
            .retention
            .events
            .is_some_and(|keep| keep < self.email.give_up_after)
        {
            return Err(invalid(
                "retention.events",
                "must be at least email.give_up_after, or empty (forever)",
            ));
        }
        Ok(())
    }

    fn validate_email(&self) -> Result<(), ConfigError> {
        let email = &self.email;
        if email.hourly_cap == 0 {
            return Err(invalid("email.hourly_cap", "must be at least 1"));
        }
        if !(1..=256).contains(&email.connections) {
            return Err(invalid("email.connections", "must be between 1 and 256"));
        }
        if email.retry_base.is_zero() || email.retry_max < email.retry_base {
            return Err(invalid("email.retry_base", "needs 0 < retry_base ≤ retry_max"));
        }
        // A send that times out still has to be recorded before another worker may take the
        // delivery over: twice the timeout, or a slow relay would get a second copy.
        if email.timeout.is_zero() || email.lease < email.timeout * 2 + Duration::from_secs(1) {
            return Err(invalid(
                "email.lease",
                "lease must exceed twice email.timeout by at least 1s, and timeout be above 0",
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

    /// The database: as configured, or SQLite in the data directory.
    pub fn database(&self) -> Database {
        self.database
            .clone()
            .unwrap_or_else(|| Database::Sqlite(self.data_dir.join("herald.db")))
    }

    /// The SMTP server, if mail should go over SMTP rather than into the .eml outbox.
    pub fn smtp(&self) -> Option<&Relay> {
        self.smtp.as_ref()
    }

    /// The configured signing secret, if any (none: generated and kept in the database).
    pub fn secret(&self) -> Option<&SigningSecret> {
        self.secret.as_ref()
    }

    pub fn catalog_file(&self) -> Option<&Path> {
        self.catalog_file.as_deref()
    }

    pub fn locales_dir(&self) -> Option<&Path> {
        self.locales_dir.as_deref()
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
    use secrecy::ExposeSecret;

    use super::*;

    #[test]
    fn retention_keeps_events_past_the_email_retry_window_or_forever() {
        let defaults = Config::from_toml("").expect("defaults");
        assert_eq!(defaults.retention.events, Some(Duration::from_secs(30 * 86_400)));
        let error = Config::from_toml("[retention]\nevents = '1h'").expect_err("shorter than 24h");
        assert!(error.to_string().contains("retention.events"), "{error}");
        let forever = Config::from_toml("[retention]\nevents = ''").expect("forever");
        assert_eq!(forever.retention.events, None);
        assert!(Config::from_toml("[retention]\nfinished_deliveries = 'soon'").is_err());
    }

    #[test]
    fn defaults_are_valid() {
        let config = Config::from_toml("").expect("defaults");
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert!(matches!(config.database(), Database::Sqlite(path) if path == Path::new("./data/herald.db")));
        assert!(config.smtp().is_none());
        assert!(config.secret().is_none());
    }

    #[test]
    fn secrets_never_print() {
        let config = Config::from_toml(
            "secret = 'a-signing-secret-of-at-least-32-characters'\n\
             database_url = 'postgres://herald:db-password@localhost/herald'\n\
             smtp_url = 'smtp://mailer:smtp-password@localhost:587?tls=required'",
        )
        .expect("config");
        let printed = format!("{config:?}");
        for secret in ["a-signing-secret", "db-password", "smtp-password"] {
            assert!(!printed.contains(secret), "{secret} printed in {printed}");
        }
        assert!(printed.contains("[REDACTED]"));
    }

    /// `tls=required` and `tls=opportunistic` only, as lettre takes them; read at load.
    #[test]
    fn an_smtp_url_herald_cannot_use_fails_at_load() {
        for url in [
            "smtp://127.0.0.1:25?tls=bogus",
            "smtp://127.0.0.1:587?tls=starttls",
        ] {
            let message = Config::from_toml(&format!("smtp_url = '{url}'"))
                .expect_err(url)
                .to_string();
            assert!(
                message.contains("smtp_url") && message.contains("tls=required"),
                "{message}"
            );
        }
        let accepted = "smtp://u:p@127.0.0.1:587?tls=required";
        assert!(Config::from_toml(&format!("smtp_url = '{accepted}'")).is_ok());
    }

    #[test]
    fn explains_what_is_wrong() {
        let cases = [
            ("database_url = 'mysql://x'", "database_url"),
            ("smtp_url = 'http://x'", "smtp_url"),
            // A send that times out must still end, and be recorded, within its lease.
            ("[email]\nlease = '60s'\ntimeout = '30s'", "email.lease"),
            ("database_url = 'sqlite://'", "needs a file path"),
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
            assert!(matches!(
                config.database(),
                Database::Postgres(url) if url.expose_secret() == "postgres://localhost/herald"
            ));
            assert_eq!(config.ingest.max_batch, 7);
            Ok(())
        });
    }
}

//! Settings that are parsed once, when the configuration loads: a value that cannot work
//! (a database URL of an unknown kind, an SMTP URL lettre rejects, a sender that is not an
//! address) stops `herald serve` and fails `herald check`, naming the setting.
//!
//! Secrets (the signing secret, and database and SMTP URLs, which carry passwords) are
//! `secrecy` types: their `Debug` prints `[REDACTED]`, so a logged configuration never shows
//! them, and they are read only where they are used (`expose_secret`).

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use secrecy::SecretBox;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, de::Error as _};

use crate::security::signature::{self, Secrets};

/// Which database herald keeps its state in.
#[derive(Debug, Clone)]
pub enum Database {
    Sqlite(PathBuf),
    /// The URL, password included.
    Postgres(SecretString),
}

impl FromStr for Database {
    type Err = &'static str;

    fn from_str(url: &str) -> Result<Self, Self::Err> {
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            return match path.is_empty() {
                true => Err("a sqlite URL needs a file path"),
                false => Ok(Self::Sqlite(PathBuf::from(path))),
            };
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.into()));
        }
        Err("must be empty, sqlite://PATH or postgres://…")
    }
}

/// The secret that signs inbox and unsubscribe tokens.
#[derive(Debug, Clone)]
pub struct SigningSecret(SecretString);

impl SigningSecret {
    const MIN_LEN: usize = 32;

    fn new(secret: SecretString) -> Result<Self, &'static str> {
        match secret.expose_secret().len() >= Self::MIN_LEN {
            true => Ok(Self(secret)),
            false => Err("must be empty (generated) or at least 32 characters"),
        }
    }

    pub fn expose(&self) -> &[u8] {
        self.0.expose_secret().as_bytes()
    }
}

/// An empty string is "not set"; anything else must parse.
pub fn optional<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    let text = String::deserialize(deserializer)?;
    match text.trim() {
        "" => Ok(None),
        text => text.parse().map(Some).map_err(D::Error::custom),
    }
}

/// Like [`optional`], for the signing secret, which is never copied into a plain string.
pub fn optional_secret<'de, D>(deserializer: D) -> Result<Option<SigningSecret>, D::Error>
where
    D: Deserializer<'de>,
{
    let secret = SecretString::deserialize(deserializer)?;
    match secret.expose_secret().is_empty() {
        true => Ok(None),
        false => SigningSecret::new(secret).map(Some).map_err(D::Error::custom),
    }
}

/// A value that must parse, such as a mailbox.
pub fn parsed<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    String::deserialize(deserializer)?
        .trim()
        .parse()
        .map_err(D::Error::custom)
}

/// Secrets in one setting, separated by commas (an environment variable holds one string):
/// Ayrshare's webhook secrets as they are.
pub fn secret_list<'de, D>(deserializer: D) -> Result<Secrets, D::Error>
where
    D: Deserializer<'de>,
{
    let text = SecretString::deserialize(deserializer)?;
    Ok(Secrets::new(split_list(text.expose_secret()).map(str::as_bytes)))
}

/// Standard Webhooks secrets (`whsec_<base64>`), separated by commas.
pub fn standard_secret_list<'de, D>(deserializer: D) -> Result<Secrets, D::Error>
where
    D: Deserializer<'de>,
{
    let text = SecretString::deserialize(deserializer)?;
    let keys = split_list(text.expose_secret())
        .map(|secret| signature::standard_secret(secret).map(SecretBox::<[u8]>::from))
        .collect::<Result<Vec<_>, _>>()
        .map_err(D::Error::custom)?;
    Ok(Secrets::new(keys.iter().map(|key| key.expose_secret())))
}

/// Web origins (`scheme://host[:port]`, no path), separated by commas.
pub fn origin_list<'de, D>(deserializer: D) -> Result<Vec<String>, D::Error>
where
    D: Deserializer<'de>,
{
    let text = String::deserialize(deserializer)?;
    split_list(&text)
        .map(|origin| {
            let (scheme, rest) = origin.split_once("://").unwrap_or_default();
            let host_ok = !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
            if matches!(scheme, "http" | "https") && host_ok {
                Ok(origin.to_owned())
            } else {
                Err(D::Error::custom(format!(
                    "`{origin}` is not an origin such as https://app.example.com (scheme, host, optional port; no path)"
                )))
            }
        })
        .collect()
}

fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// A duration such as `30d`; an empty string is "forever".
pub fn optional_duration<'de, D>(deserializer: D) -> Result<Option<std::time::Duration>, D::Error>
where
    D: Deserializer<'de>,
{
    let text = String::deserialize(deserializer)?;
    match text.trim() {
        "" => Ok(None),
        text => humantime_serde::re::humantime::parse_duration(text)
            .map(Some)
            .map_err(|e| D::Error::custom(format!("{e} (a duration such as `30d`, or empty for forever)"))),
    }
}

/// A rate limit: `N/s` or `N/min`, optionally followed by `burst B` (how many may come at
/// once after a quiet spell; by default `N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub count: std::num::NonZeroU32,
    pub per: std::time::Duration,
    pub burst: std::num::NonZeroU32,
}

impl FromStr for Rate {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let form = || format!("`{text}` is not a rate such as `50/s`, `600/min` or `50/s burst 200`");
        let (rate, burst) = match text.trim().split_once(" burst ") {
            Some((rate, burst)) => (rate, Some(burst.trim())),
            None => (text.trim(), None),
        };
        let (count, unit) = rate.split_once('/').ok_or_else(form)?;
        let count: std::num::NonZeroU32 = count.trim().parse().map_err(|_| form())?;
        let per = match unit.trim() {
            "s" => std::time::Duration::from_secs(1),
            "min" => std::time::Duration::from_secs(60),
            _ => return Err(form()),
        };
        let burst = match burst {
            Some(burst) => burst.parse().map_err(|_| form())?,
            None => count,
        };
        Ok(Self { count, per, burst })
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod rate_tests {
    use super::Rate;

    #[test]
    fn rates_read_as_written() {
        let rate: Rate = "50/s".parse().expect("rate");
        assert_eq!(
            (rate.count.get(), rate.per.as_secs(), rate.burst.get()),
            (50, 1, 50)
        );
        let rate: Rate = "600/min burst 20".parse().expect("rate");
        assert_eq!(
            (rate.count.get(), rate.per.as_secs(), rate.burst.get()),
            (600, 60, 20)
        );
        for bad in ["", "50", "0/s", "50/h", "50/s burst", "50/s burst 0", "-1/s"] {
            assert!(bad.parse::<Rate>().is_err(), "{bad}");
        }
    }
}

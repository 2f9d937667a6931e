//! Sending email with lettre: SMTP with a connection pool, or `.eml` files when no SMTP server
//! is configured (so a first run shows real emails in `<data dir>/outbox`).
//!
//! Throughput: lettre 0.11 writes a message in two writes on a socket without `TCP_NODELAY`,
//! so each message waits for the server's delayed ACK (about 40 ms): about 22 messages per
//! second per connection. herald keeps `email.connections` connections open (default 32) and
//! sends that many emails at once, which is how it reaches several hundred emails per second
//! with lettre as released (see the README's performance section).

mod message;

use std::path::Path;

use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub use message::{Outgoing, build};

use crate::config::Config;

#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// Why a send failed, and whether trying again can help.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Connection refused, timeouts, SMTP 4xx: try again later.
    #[error("{0}")]
    Transient(String),
    /// SMTP 5xx: the server refused this message or address for good.
    #[error("{0}")]
    Permanent(String),
}

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        match config.smtp() {
            Some(smtp) => {
                let transport = smtp
                    .builder()
                    .pool_config(PoolConfig::new().max_size(config.email.connections))
                    .timeout(Some(config.email.timeout))
                    .build();
                Ok(Self::Smtp(transport))
            }
            None => {
                let dir = config.data_dir.join("outbox");
                std::fs::create_dir_all(&dir)?;
                Ok(Self::files(&dir))
            }
        }
    }

    pub fn files(dir: &Path) -> Self {
        Self::Files(AsyncFileTransport::new(dir))
    }

    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Self::Smtp(smtp) => smtp.send(message).await.map(drop).map_err(|error| {
                if error.is_permanent() && !about_our_credentials(&error) {
                    SendError::Permanent(error.to_string())
                } else {
                    SendError::Transient(error.to_string())
                }
            }),
            Self::Files(files) => files
                .send(message)
                .await
                .map(drop)
                .map_err(|error| SendError::Transient(error.to_string())),
        }
    }
}

/// Authentication replies (RFC 4954: 530 required, 534 mechanism too weak, 535 credentials
/// invalid, 538 encryption required) are 5xx but about herald's own SMTP settings, not the
/// recipient: they are retried until fixed, and never suppress anybody's address.
fn about_our_credentials(error: &lettre::transport::smtp::Error) -> bool {
    error
        .status()
        .is_some_and(|code| matches!(u16::from(code), 530 | 534 | 535 | 538))
}

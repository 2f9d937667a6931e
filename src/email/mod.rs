//! Sending email: SMTP over herald's own pool of connections ([`smtp`]), or `.eml` files
//! when no SMTP server is configured (so a first run shows real emails in
//! `<data dir>/outbox`). lettre builds the messages and speaks the protocol.

mod message;
pub mod smtp;

use std::path::Path;
use std::sync::Arc;

use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};

pub use message::{Outgoing, build};
pub use smtp::Relay;

use crate::config::Config;

#[derive(Clone)]
pub enum Mailer {
    Smtp(Arc<smtp::Pool>),
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
    /// Nothing was sent: no connection came free before `start_by`.
    #[error("{0}")]
    NotStarted(String),
}

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        match config.smtp() {
            Some(relay) => Ok(Self::Smtp(Arc::new(smtp::Pool::new(
                relay.clone(),
                config.email.connections,
                config.email.timeout,
                config.email.tls_ca_file(),
            )?))),
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

    /// Sends a message, starting no later than `start_by` (or not at all).
    pub async fn send(&self, message: Message, start_by: std::time::Instant) -> Result<(), SendError> {
        match self {
            Self::Smtp(pool) => pool
                .send(message.envelope(), &message.formatted(), start_by)
                .await
                .map_err(|failure| match (&failure, failure.smtp_error()) {
                    (smtp::Failure::NoConnectionInTime, _) => SendError::NotStarted(failure.to_string()),
                    (_, Some(error)) if error.is_permanent() && !about_our_credentials(error) => {
                        SendError::Permanent(error.to_string())
                    }
                    _ => SendError::Transient(failure.to_string()),
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

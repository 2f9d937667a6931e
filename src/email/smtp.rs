//! herald's own SMTP connections. lettre speaks the protocol (EHLO, STARTTLS, AUTH, the
//! transaction) over a socket herald opens itself, with `TCP_NODELAY`: lettre 0.11.23 writes
//! a message's body and its final `.` in two writes, and on a socket with Nagle's algorithm
//! the second waits for the server's delayed ACK, about 40 ms per message (fixed upstream in
//! lettre #1159, not released). Implicit TLS (`smtps://`) is tokio-rustls around that socket;
//! STARTTLS is lettre's, on the same socket.
//!
//! The pool keeps at most `email.connections` connections. A connection idle for more than
//! [`HEALTH_CHECK_AFTER`] answers a `NOOP` before it is used again, one idle for more than
//! [`IDLE_TIMEOUT`] is closed instead (servers drop idle clients after a few minutes). The
//! transaction runs step by step: a refused recipient or message is followed by `RSET` and the
//! connection stays; one that broke is never reused. When `MAIL FROM` on a reused connection
//! gets no reply or `421` (the server had closed it), nothing was accepted yet, and the
//! message goes out on a new connection. Every send, connecting included, is bounded by
//! `email.timeout`, and starts only while the caller's lease still covers it. Credentials are
//! never sent over an unencrypted connection, except to a server on loopback.

use std::fmt;
use std::io;
use std::path::Path;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, Certificate, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::extension::{MailBodyParameter, MailParameter};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::Semaphore;
use tokio_rustls::TlsConnector;

/// An idle connection older than this is checked with `NOOP` before use.
pub const HEALTH_CHECK_AFTER: Duration = Duration::from_secs(2);
/// An idle connection older than this is closed rather than used.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

/// Where the SMTP server is and how to talk to it: `smtp_url`, in the forms lettre takes
/// (`smtp://host:25`, `smtp://user:pass@host:587?tls=required`, `?tls=opportunistic`,
/// `smtps://user:pass@host:465`, an EHLO name as the path).
#[derive(Clone)]
pub struct Relay {
    host: String,
    port: u16,
    security: Security,
    credentials: Option<Credentials>,
    hello: ClientId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Security {
    Plain,
    StartTls { required: bool },
    Implicit,
}

impl FromStr for Relay {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let url = url::Url::parse(text).map_err(|e| format!("is not a URL ({e})"))?;
        let tls = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let (security, default_port) = match (url.scheme(), tls.as_deref()) {
            ("smtp", None) => (Security::Plain, 25),
            ("smtp", Some("required")) => (Security::StartTls { required: true }, 587),
            ("smtp", Some("opportunistic")) => (Security::StartTls { required: false }, 587),
            ("smtps", None) => (Security::Implicit, 465),
            (scheme, tls) => {
                return Err(format!(
                    "must be smtp://… (with ?tls=required or ?tls=opportunistic for STARTTLS) or \
                     smtps://…, not scheme `{scheme}` with tls `{}`",
                    tls.unwrap_or("")
                ));
            }
        };
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or("has no host")?;
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let credentials = url
            .password()
            .map(|password| Credentials::new(decode(url.username()), decode(password)));
        // The first path segment, as lettre reads it.
        let name = decode(
            url.path()
                .trim_start_matches('/')
                .split('/')
                .next()
                .unwrap_or_default(),
        );
        Ok(Self {
            host: host.trim_matches(['[', ']']).to_owned(),
            port: url.port().unwrap_or(default_port),
            security,
            credentials,
            hello: if name.is_empty() {
                ClientId::default()
            } else {
                ClientId::Domain(name)
            },
        })
    }
}

/// The URL holds the password.
impl fmt::Debug for Relay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Relay({}:{}, {:?}, [REDACTED])",
            self.host, self.port, self.security
        )
    }
}

/// Why a send failed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("cannot connect to the SMTP server: {0}")]
    Connect(#[from] io::Error),
    #[error("{0}")]
    Tls(String),
    #[error("the SMTP server did not finish within {0:?}")]
    TimedOut(Duration),
    /// Nothing was sent: no connection was free before the caller's `start_by`.
    #[error("no SMTP connection was free in time; nothing was sent")]
    NoConnectionInTime,
}

impl Failure {
    /// lettre's error, when the failure came from the SMTP conversation.
    pub fn smtp_error(&self) -> Option<&lettre::transport::smtp::Error> {
        match self {
            Self::Smtp(error) => Some(error),
            _ => None,
        }
    }
}

/// A transaction that failed: whether the server had accepted anything of it yet.
struct Refused {
    error: lettre::transport::smtp::Error,
    /// `MAIL FROM` got no reply, or `421`: on a reused connection, the server had closed it.
    closed_before_mail: bool,
}

pub struct Pool {
    relay: Relay,
    /// STARTTLS, by lettre.
    starttls: TlsParameters,
    /// Implicit TLS, by tokio-rustls.
    connector: TlsConnector,
    /// Most recently used last: the warmest connection goes out first.
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
    slots: Semaphore,
    connections: usize,
    timeout: Duration,
}

impl Pool {
    /// `ca_file`: PEM certificates to trust besides the public web roots (a private relay).
    pub fn new(
        relay: Relay,
        connections: u32,
        timeout: Duration,
        ca_file: Option<&Path>,
    ) -> anyhow::Result<Self> {
        let extra: Vec<CertificateDer<'static>> = match ca_file {
            Some(path) => CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect::<Result<_, _>>())
                .map_err(|e| anyhow::anyhow!("email.tls_ca_file {}: {e}", path.display()))?,
            None => Vec::new(),
        };
        let mut roots = rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let mut starttls = TlsParameters::builder(relay.host.clone());
        for cert in &extra {
            roots.add(cert.clone())?;
            starttls = starttls.add_root_certificate(Certificate::from_der(cert.to_vec())?);
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let connections = usize::try_from(connections)?;
        Ok(Self {
            relay,
            starttls: starttls.build_rustls()?,
            connector: TlsConnector::from(Arc::new(config)),
            idle: Mutex::new(Vec::with_capacity(connections)),
            slots: Semaphore::new(connections),
            connections,
            timeout,
        })
    }

    /// Sends one message, within `email.timeout` from the first byte to the server's reply,
    /// once a connection is free; if none is free by `start_by`, sends nothing
    /// ([`Failure::NoConnectionInTime`]): the caller's lease would not cover the send.
    pub async fn send(&self, envelope: &Envelope, message: &[u8], start_by: Instant) -> Result<(), Failure> {
        let Ok(Ok(_slot)) = tokio::time::timeout_at(start_by.into(), self.slots.acquire()).await else {
            // Timed out, or the semaphore closed (it never is): nothing was sent either way.
            return Err(Failure::NoConnectionInTime);
        };
        tokio::time::timeout(self.timeout, self.transact(envelope, message))
            .await
            .map_err(|_| Failure::TimedOut(self.timeout))?
    }

    async fn transact(&self, envelope: &Envelope, message: &[u8]) -> Result<(), Failure> {
        let (mut connection, reused) = match self.warm().await {
            Some(connection) => (connection, true),
            None => (self.connect().await?, false),
        };
        let mut outcome = transaction(&mut connection, envelope, message).await;
        if let Err(refused) = &outcome
            && reused
            && refused.closed_before_mail
        {
            connection = self.connect().await?;
            outcome = transaction(&mut connection, envelope, message).await;
        }
        match outcome {
            Ok(()) => {
                self.keep(connection);
                Ok(())
            }
            Err(refused) => {
                // A refusal with a code leaves the connection usable once the transaction is
                // reset; anything else leaves it in an unknown state.
                if refused.error.status().is_some() && connection.command(Rset).await.is_ok() {
                    self.keep(connection);
                } else {
                    close(connection);
                }
                Err(Failure::Smtp(refused.error))
            }
        }
    }

    /// An idle connection that is still good, if there is one.
    async fn warm(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let (mut connection, since) = self.idle.lock().ok()?.pop()?;
            let idle = since.elapsed();
            if idle > IDLE_TIMEOUT {
                close(connection);
                continue;
            }
            if idle < HEALTH_CHECK_AFTER || connection.test_connected().await {
                return Some(connection);
            }
        }
    }

    fn keep(&self, connection: AsyncSmtpConnection) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < self.connections
        {
            idle.push((connection, Instant::now()));
        }
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, Failure> {
        let relay = &self.relay;
        let tcp = TcpStream::connect((relay.host.as_str(), relay.port)).await?;
        tcp.set_nodelay(true)?;
        let stream: Box<dyn AsyncTokioStream> = match relay.security {
            Security::Implicit => {
                let name =
                    ServerName::try_from(relay.host.clone()).map_err(|e| Failure::Tls(e.to_string()))?;
                let tls = self
                    .connector
                    .connect(name, tcp)
                    .await
                    .map_err(|e| Failure::Tls(format!("TLS with the SMTP server failed: {e}")))?;
                Box::new(Implicit(tls))
            }
            Security::Plain | Security::StartTls { .. } => Box::new(tcp),
        };
        let mut connection = AsyncSmtpConnection::connect_with_transport(stream, &relay.hello).await?;
        if let Security::StartTls { required } = relay.security {
            if connection.can_starttls() {
                connection.starttls(self.starttls.clone(), &relay.hello).await?;
            } else if required {
                connection.abort().await;
                return Err(Failure::Tls(
                    "the SMTP server does not offer STARTTLS, which tls=required needs".into(),
                ));
            }
        }
        if let Some(credentials) = &relay.credentials {
            let encrypted = match relay.security {
                Security::Implicit => true,
                Security::StartTls { .. } => connection.is_encrypted(),
                Security::Plain => false,
            };
            if !encrypted && !loopback(&relay.host) {
                close(connection);
                return Err(Failure::Tls(
                    "the SMTP server offers no TLS, and herald does not send credentials in the clear".into(),
                ));
            }
            connection.auth(DEFAULT_MECHANISMS, credentials).await?;
        }
        Ok(connection)
    }
}

/// One message, command by command (lettre's own `send` cannot say how far it got).
async fn transaction(
    connection: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    message: &[u8],
) -> Result<(), Refused> {
    let mut parameters = Vec::new();
    let addresses = envelope.to().iter().chain(envelope.from());
    if addresses.map(AsRef::<str>::as_ref).any(|a| !a.is_ascii()) {
        parameters.push(MailParameter::SmtpUtfEight);
    }
    if !message.is_ascii() {
        parameters.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    if let Err(error) = connection
        .command(Mail::new(envelope.from().cloned(), parameters))
        .await
    {
        let closed_before_mail = error.status().is_none_or(|code| u16::from(code) == 421);
        return Err(Refused {
            error,
            closed_before_mail,
        });
    }
    let later = |error| Refused {
        error,
        closed_before_mail: false,
    };
    for recipient in envelope.to() {
        connection
            .command(Rcpt::new(recipient.clone(), Vec::new()))
            .await
            .map_err(later)?;
    }
    connection.command(Data).await.map_err(later)?;
    connection.message(message).await.map_err(later)?;
    Ok(())
}

/// Says goodbye in the background, for a second at most (a half-open socket never answers).
fn close(mut connection: AsyncSmtpConnection) {
    tokio::spawn(async move {
        let _ = tokio::time::timeout(Duration::from_secs(1), connection.abort()).await;
    });
}

fn loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A TLS stream as lettre takes one.
#[derive(Debug)]
struct Implicit(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncRead for Implicit {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_read(cx, buf)
    }
}

impl AsyncWrite for Implicit {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().0).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_shutdown(cx)
    }
}

impl AsyncTokioStream for Implicit {
    fn peer_addr(&self) -> io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_url_forms_lettre_takes() {
        let relay: Relay = "smtp://mailer:p%40ss@mail.example.com:2525/herald.example.com?tls=required"
            .parse()
            .expect("url");
        assert_eq!((relay.host.as_str(), relay.port), ("mail.example.com", 2525));
        assert_eq!(relay.security, Security::StartTls { required: true });
        assert!(relay.credentials.is_some());
        assert_eq!(relay.hello, ClientId::Domain("herald.example.com".into()));
        assert!(
            !format!("{relay:?}").contains("p@ss"),
            "the password never prints"
        );
        for (url, security, port) in [
            ("smtp://localhost", Security::Plain, 25),
            (
                "smtp://localhost?tls=opportunistic",
                Security::StartTls { required: false },
                587,
            ),
            ("smtps://localhost", Security::Implicit, 465),
        ] {
            let relay: Relay = url.parse().expect("url");
            assert_eq!((relay.security, relay.port), (security, port), "{url}");
        }
        assert!(loopback("127.0.0.1") && loopback("::1") && loopback("LOCALHOST"));
        assert!(!loopback("mail.example.com") && !loopback("10.0.0.1"));
        for bad in [
            "smtp://127.0.0.1:25?tls=bogus",
            "smtp://127.0.0.1:587?tls=starttls",
            "http://x",
            "smtp://",
        ] {
            assert!(bad.parse::<Relay>().is_err(), "{bad}");
        }
    }
}

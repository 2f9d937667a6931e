//! A real SMTP server on loopback, in-process, that keeps what it receives and can be told to
//! refuse recipients. It speaks the part of RFC 5321 a submission client uses (EHLO/HELO,
//! MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT, STARTTLS when it has a
//! certificate) on its own thread and runtime, so it keeps serving whatever the test's
//! runtime is doing. It can also misbehave as relays do: speak TLS only (`smtps`), stall
//! after a message without answering, or drop the connection after a message.
//!
//! mailin-embedded was the first choice; with 32 concurrent lettre connections its sessions
//! stalled until their five-minute timeout, so the sink is this small server instead.

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio_rustls::TlsAcceptor;

/// What a session runs over: TCP, or TLS after STARTTLS or from the first byte.
trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// How the sink speaks TLS.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    /// Offers STARTTLS.
    StartTls,
    /// TLS from the first byte (`smtps://`).
    Implicit,
}

#[derive(Clone, Default)]
pub struct Sink {
    received: Arc<Mutex<Vec<Vec<u8>>>>,
    /// 0: accept; otherwise the SMTP code to refuse recipients with.
    refuse: Arc<AtomicU16>,
    /// Read a message, then never answer (and do not keep it).
    stall: Arc<AtomicBool>,
    /// Close the connection after each message, without a word.
    drop_after_message: Arc<AtomicBool>,
    sessions: Arc<AtomicUsize>,
    tls: Option<(Tls, TlsAcceptor)>,
}

impl Sink {
    /// Starts a sink on a free port.
    pub fn start() -> (Self, SocketAddr) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("port");
        let addr = listener.local_addr().expect("addr");
        (Self::start_on(listener), addr)
    }

    /// Starts a sink on this listener (so a test can pick the port before the server is up).
    pub fn start_on(listener: TcpListener) -> Self {
        Self::default().serve(listener)
    }

    /// A sink with a self-signed certificate for `localhost`; returns the certificate's PEM
    /// file (in `dir`), for the client to trust.
    pub fn start_tls(mode: Tls, dir: &std::path::Path) -> (Self, SocketAddr, PathBuf) {
        let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).expect("certificate");
        let pem = dir.join("sink-ca.pem");
        std::fs::write(&pem, cert.cert.pem()).expect("pem");
        let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.key_pair.serialize_der().into());
        let config =
            rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .expect("versions")
                .with_no_client_auth()
                .with_single_cert(vec![cert.cert.der().clone()], key)
                .expect("server config");
        let listener = TcpListener::bind("127.0.0.1:0").expect("port");
        let addr = listener.local_addr().expect("addr");
        let sink = Self {
            tls: Some((mode, TlsAcceptor::from(Arc::new(config)))),
            ..Self::default()
        };
        (sink.serve(listener), addr, pem)
    }

    fn serve(self, listener: TcpListener) -> Self {
        let serving = self.clone();
        listener.set_nonblocking(true).expect("non-blocking");
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                while let Ok((stream, _)) = listener.accept().await {
                    let sink = serving.clone();
                    tokio::spawn(async move {
                        sink.sessions.fetch_add(1, Ordering::SeqCst);
                        let stream: Box<dyn Io> = match &sink.tls {
                            Some((Tls::Implicit, acceptor)) => match acceptor.accept(stream).await {
                                Ok(tls) => Box::new(tls),
                                Err(_) => return,
                            },
                            _ => Box::new(stream),
                        };
                        let secure = matches!(sink.tls, Some((Tls::Implicit, _)));
                        let _ = sink.session(stream, secure, true).await;
                    });
                }
            });
        });
        self
    }

    /// `secure`: over TLS already; `greet`: a new connection (not one after STARTTLS).
    async fn session(self, stream: Box<dyn Io>, secure: bool, greet: bool) -> std::io::Result<()> {
        let mut lines = BufReader::new(stream);
        if greet {
            lines.get_mut().write_all(b"220 sink.test ESMTP\r\n").await?;
        }
        let mut line = Vec::new();
        loop {
            line.clear();
            if lines.read_until(b'\n', &mut line).await? == 0 {
                return Ok(());
            }
            let command = String::from_utf8_lossy(&line).to_ascii_uppercase();
            let reply = match command.get(..4).unwrap_or_default() {
                "EHLO" => match (&self.tls, secure) {
                    (Some((Tls::StartTls, _)), false) => {
                        "250-sink.test\r\n250-8BITMIME\r\n250 STARTTLS\r\n".to_owned()
                    }
                    _ => "250-sink.test\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN\r\n".to_owned(),
                },
                "STAR" if !secure && matches!(self.tls, Some((Tls::StartTls, _))) => {
                    lines.get_mut().write_all(b"220 Ready to start TLS\r\n").await?;
                    let Some((_, acceptor)) = self.tls.clone() else {
                        return Ok(());
                    };
                    let tls = acceptor.accept(lines.into_inner()).await?;
                    return Box::pin(self.session(Box::new(tls), true, false)).await;
                }
                "AUTH" => "235 2.7.0 Authentication successful\r\n".to_owned(),
                "HELO" | "MAIL" | "RSET" | "NOOP" => "250 OK\r\n".to_owned(),
                "RCPT" => match self.refuse.load(Ordering::SeqCst) {
                    0 => "250 OK\r\n".to_owned(),
                    code => format!("{code} 5.1.1 Mailbox unavailable (test sink)\r\n"),
                },
                "DATA" => {
                    lines
                        .get_mut()
                        .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                        .await?;
                    let message = read_data(&mut lines).await?;
                    if self.stall.load(Ordering::SeqCst) {
                        // Hold the client until it gives up; what it sent is not kept.
                        let mut rest = Vec::new();
                        while lines.read_until(b'\n', &mut rest).await? > 0 {}
                        return Ok(());
                    }
                    self.received.lock().expect("lock").push(message);
                    if self.drop_after_message.load(Ordering::SeqCst) {
                        lines.get_mut().write_all(b"250 OK\r\n").await?;
                        return Ok(());
                    }
                    "250 OK\r\n".to_owned()
                }
                "QUIT" => {
                    lines.get_mut().write_all(b"221 Bye\r\n").await?;
                    return Ok(());
                }
                _ => "500 Unknown command\r\n".to_owned(),
            };
            lines.get_mut().write_all(reply.as_bytes()).await?;
        }
    }

    pub fn refuse_recipients(&self, code: u16) {
        self.refuse.store(code, Ordering::SeqCst);
    }

    /// From now on, read each message and never answer it (a relay that hangs).
    pub fn stall(&self, stall: bool) {
        self.stall.store(stall, Ordering::SeqCst);
    }

    /// From now on, close each connection after accepting one message.
    pub fn drop_after_each_message(&self) {
        self.drop_after_message.store(true, Ordering::SeqCst);
    }

    /// How many connections were opened to the sink.
    pub fn sessions(&self) -> usize {
        self.sessions.load(Ordering::SeqCst)
    }

    pub fn received(&self) -> Vec<Vec<u8>> {
        self.received.lock().expect("lock").clone()
    }

    /// Waits until `count` messages arrived (or 30 s passed) and returns them.
    pub async fn wait_for(&self, count: usize) -> Vec<Vec<u8>> {
        for _ in 0..600 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the sink received {} of {count} messages", self.received().len());
    }
}

/// The message after DATA, up to the line with a single dot, with leading dots unstuffed.
async fn read_data<R: tokio::io::AsyncBufRead + Unpin>(lines: &mut R) -> std::io::Result<Vec<u8>> {
    let mut message = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await? == 0 || line == b".\r\n" {
            return Ok(message);
        }
        let unstuffed = if line.starts_with(b"..") {
            &line[1..]
        } else {
            &line[..]
        };
        message.extend_from_slice(unstuffed);
    }
}

/// A loopback port that is bound but not listening: connections to it are refused (a mail
/// server that is down), and no other process can take the port, until [`ClosedPort::open`]
/// starts the sink on it.
pub struct ClosedPort(socket2::Socket);

impl ClosedPort {
    pub fn new() -> Self {
        let socket =
            socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
        let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
        socket.bind(&loopback.into()).expect("bind");
        Self(socket)
    }

    pub fn port(&self) -> u16 {
        let addr = self.0.local_addr().expect("addr");
        addr.as_socket().expect("an IP socket").port()
    }

    /// The server comes back: a sink listens on the port.
    pub fn open(self) -> Sink {
        self.0.listen(128).expect("listen");
        Sink::start_on(self.0.into())
    }
}

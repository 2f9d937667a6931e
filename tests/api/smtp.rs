//! A real SMTP server on loopback, in-process, that keeps what it receives and can be told to
//! refuse recipients. It speaks the part of RFC 5321 a submission client uses (EHLO/HELO,
//! MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT) on its own thread and runtime, so
//! it keeps serving whatever the test's runtime is doing.
//!
//! mailin-embedded was the first choice; with 32 concurrent lettre connections its sessions
//! stalled until their five-minute timeout, so the sink is this small server instead.

use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

#[derive(Clone, Default)]
pub struct Sink {
    received: Arc<Mutex<Vec<Vec<u8>>>>,
    /// 0: accept; otherwise the SMTP code to refuse recipients with.
    refuse: Arc<AtomicU16>,
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
        let sink = Self::default();
        let serving = sink.clone();
        listener.set_nonblocking(true).expect("non-blocking");
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                while let Ok((stream, _)) = listener.accept().await {
                    tokio::spawn(serving.clone().session(stream));
                }
            });
        });
        sink
    }

    async fn session(self, stream: TcpStream) -> std::io::Result<()> {
        let (reader, mut writer) = stream.into_split();
        let mut lines = BufReader::new(reader);
        writer.write_all(b"220 sink.test ESMTP\r\n").await?;
        let mut line = Vec::new();
        loop {
            line.clear();
            if lines.read_until(b'\n', &mut line).await? == 0 {
                return Ok(());
            }
            let command = String::from_utf8_lossy(&line).to_ascii_uppercase();
            let reply = match command.get(..4).unwrap_or_default() {
                "EHLO" => "250-sink.test\r\n250 8BITMIME\r\n".to_owned(),
                "HELO" | "MAIL" | "RSET" | "NOOP" => "250 OK\r\n".to_owned(),
                "RCPT" => match self.refuse.load(Ordering::SeqCst) {
                    0 => "250 OK\r\n".to_owned(),
                    code => format!("{code} 5.1.1 Mailbox unavailable (test sink)\r\n"),
                },
                "DATA" => {
                    writer
                        .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                        .await?;
                    let message = read_data(&mut lines).await?;
                    self.received.lock().expect("lock").push(message);
                    "250 OK\r\n".to_owned()
                }
                "QUIT" => {
                    writer.write_all(b"221 Bye\r\n").await?;
                    return Ok(());
                }
                _ => "500 Unknown command\r\n".to_owned(),
            };
            writer.write_all(reply.as_bytes()).await?;
        }
    }

    pub fn refuse_recipients(&self, code: u16) {
        self.refuse.store(code, Ordering::SeqCst);
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

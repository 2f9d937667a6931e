//! A real SMTP server on loopback, in-process (mailin-embedded), that keeps what it receives
//! and can be told to refuse recipients.

use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin_embedded::response::OK;
use mailin_embedded::{Handler, Response, Server};

#[derive(Clone, Default)]
pub struct Sink {
    received: Arc<Mutex<Vec<Vec<u8>>>>,
    /// 0: accept; otherwise the SMTP code to refuse recipients with.
    refuse: Arc<AtomicU16>,
    message: Vec<u8>,
}

impl Handler for Sink {
    fn rcpt(&mut self, _to: &str) -> Response {
        match self.refuse.load(Ordering::SeqCst) {
            0 => OK,
            code => Response::custom(code, "5.1.1 Mailbox unavailable (test sink)".into()),
        }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, _to: &[String]) -> Response {
        self.message.clear();
        OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.message.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        self.received
            .lock()
            .expect("lock")
            .push(std::mem::take(&mut self.message));
        OK
    }
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
        let mut server = Server::new(sink.clone());
        server
            .with_name("sink.test")
            .with_num_threads(8)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            // Runs until the test binary exits; an error here shows as missing messages.
            let _ = server.serve();
        });
        sink
    }

    pub fn refuse_recipients(&self, code: u16) {
        self.refuse.store(code, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Vec<u8>> {
        self.received.lock().expect("lock").clone()
    }

    /// Waits until `count` messages arrived (or 15 s passed) and returns them.
    pub async fn wait_for(&self, count: usize) -> Vec<Vec<u8>> {
        for _ in 0..300 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the sink received {} of {count} messages", self.received().len());
    }
}

/// A port where nothing listens yet.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port()
}

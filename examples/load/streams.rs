//! The stream phase: opens one server-sent event stream per user (`GET …/inbox/stream`),
//! measures herald's memory with all of them open, then, while ingest runs at full speed on
//! the same users, how long a result takes from its POST to the `changes` event on its
//! user's stream.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper::body::Bytes;
use tokio::sync::{Semaphore, watch};

/// When each user's oldest result not yet seen on its stream was sent (microseconds since
/// `epoch`, 0: none), set by the ingest phase and taken by the stream reader.
pub struct Sent {
    epoch: Instant,
    at: Vec<AtomicU64>,
}

impl Sent {
    pub fn new(users: usize) -> Arc<Self> {
        Arc::new(Self {
            epoch: Instant::now(),
            at: (0..users).map(|_| AtomicU64::new(0)).collect(),
        })
    }

    /// A result for `user` is about to be sent (the oldest pending one counts).
    pub fn sending(&self, user: usize) {
        if let Some(at) = self.at.get(user) {
            let now = self.epoch.elapsed().as_micros() as u64;
            let _ = at.compare_exchange(0, now.max(1), Ordering::Relaxed, Ordering::Relaxed);
        }
    }

    /// A `changes` event arrived for `user`: how long since its oldest pending result was sent.
    fn arrived(&self, user: usize) -> Option<u32> {
        let sent = self.at.get(user)?.swap(0, Ordering::Relaxed);
        (sent > 0).then(|| {
            let now = self.epoch.elapsed().as_micros() as u64;
            u32::try_from(now.saturating_sub(sent)).unwrap_or(u32::MAX)
        })
    }
}

/// Open streams, their readers, and what they measured.
pub struct Streams {
    pub open: Arc<AtomicUsize>,
    pub failed: Arc<AtomicUsize>,
    stop: watch::Sender<bool>,
    readers: Vec<tokio::task::JoinHandle<Vec<u32>>>,
}

impl Streams {
    /// Opens a stream for each of `users` users (at most 256 handshakes at once) and returns
    /// once all have said `ready` or failed, or after a minute.
    pub async fn open(addr: &str, key: &str, users: usize, sent: &Arc<Sent>) -> Self {
        let open = Arc::new(AtomicUsize::new(0));
        let failed = Arc::new(AtomicUsize::new(0));
        let (stop, stopped) = watch::channel(false);
        let handshakes = Arc::new(Semaphore::new(256));
        let mut readers = Vec::with_capacity(users);
        for user in 0..users {
            let (addr, key, sent) = (addr.to_owned(), key.to_owned(), sent.clone());
            let (open, failed, handshakes) = (open.clone(), failed.clone(), handshakes.clone());
            let mut stopped = stopped.clone();
            readers.push(tokio::spawn(async move {
                let permit = handshakes.acquire_owned().await.expect("semaphore");
                let Some(mut body) = subscribe(&addr, &key, user).await else {
                    failed.fetch_add(1, Ordering::Relaxed);
                    return Vec::new();
                };
                drop(permit);
                let mut latencies = Vec::new();
                let mut ready = false;
                loop {
                    let frame = tokio::select! {
                        _ = stopped.changed() => break,
                        frame = body.frame() => frame,
                    };
                    let Some(Ok(frame)) = frame else { break };
                    let Some(data) = frame.data_ref() else { continue };
                    let text = String::from_utf8_lossy(data);
                    if !ready && text.contains("event: ready") {
                        ready = true;
                        open.fetch_add(1, Ordering::Relaxed);
                    }
                    if text.contains("event: changes")
                        && let Some(latency) = sent.arrived(user)
                    {
                        latencies.push(latency);
                    }
                }
                latencies
            }));
        }
        let deadline = Instant::now() + Duration::from_secs(60);
        while open.load(Ordering::Relaxed) + failed.load(Ordering::Relaxed) < users
            && Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Self {
            open,
            failed,
            stop,
            readers,
        }
    }

    /// Closes every stream; the ingest → event latencies, sorted.
    pub async fn close(self) -> Vec<u32> {
        let _ = self.stop.send(true);
        let mut latencies = Vec::new();
        for reader in self.readers {
            latencies.extend(reader.await.unwrap_or_default());
        }
        latencies.sort_unstable();
        latencies
    }
}

async fn subscribe(addr: &str, key: &str, user: usize) -> Option<hyper::body::Incoming> {
    let stream = tokio::net::TcpStream::connect(addr).await.ok()?;
    stream.set_nodelay(true).ok()?;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .ok()?;
    tokio::spawn(connection);
    let request = Request::get(format!("/v1/users/load-user-{user}/inbox/stream?token={key}"))
        .header("host", "herald")
        .body(Full::new(Bytes::new()))
        .ok()?;
    let response = sender.send_request(request).await.ok()?;
    response.status().is_success().then(|| response.into_body())
}

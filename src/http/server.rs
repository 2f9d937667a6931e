//! The HTTP server: hyper's HTTP/1.1 on the listener, with the bounds `axum::serve` lacks.
//!
//! - A header-read timeout (`http.header_read_timeout`): a client that sends its headers
//!   slowly, or keeps a connection open without sending the next request, is disconnected.
//! - A connection limit (`http.max_connections`): a connection over it is still accepted, and
//!   answered by [`super::overflow_router`] (health checks as usual, `503` with `Retry-After`
//!   for everything else) and then closed, so that a flood of idle connections neither
//!   exhausts file descriptors nor keeps `/healthz` from answering.
//! - A bound on the request head (64 KiB, `431` beyond).
//! - Streams: a connection opened for an inbox stream is served without hyper's buffers
//!   ([`super::stream_connection`]); every other goes to hyper.
//! - Graceful shutdown: once `shutdown` completes, no connection is accepted and the open ones
//!   finish their requests (streams end when the live inbox closes them).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::{GracefulConnection, GracefulShutdown};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt as _;

use super::stream_connection::{self, First};

/// How long a connection over the limit may take to send its one request.
const OVERFLOW_HEADER_TIMEOUT: Duration = Duration::from_secs(1);

/// The largest request head (request line and headers) a connection may send, answered `431`
/// beyond. hyper's default bound (its read buffer, about 400 KiB) would let
/// `http.max_connections` connections hold gigabytes.
const MAX_HEAD_BYTES: usize = 64 * 1024;

/// What one instance holds open.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub max_connections: usize,
    pub header_read_timeout: Duration,
}

/// Serves `router` on `listener` until `shutdown`, then waits for open connections.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    overflow: Router,
    bounds: Bounds,
    shutdown: impl Future<Output = ()>,
) {
    let permits = Arc::new(Semaphore::new(bounds.max_connections));
    let graceful = GracefulShutdown::new();
    // Cancelled when herald stops: for connections still waiting for their first bytes.
    let stopping = CancellationToken::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (mut stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, most likely: the connections that hold them
                    // must end first, so accepting again at once would only spin.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let permit = permits.clone().try_acquire_owned().ok();
        let router = router.clone();
        let overflow = overflow.clone();
        let watcher = graceful.watcher();
        let stopping = stopping.clone();
        tokio::spawn(async move {
            let Some(permit) = permit else {
                // Over the limit: one request, sent at once (as health checkers do), then the
                // connection closes, so that idle connections over the limit cannot pile up.
                let timeout = bounds.header_read_timeout.min(OVERFLOW_HEADER_TIMEOUT);
                let _ = watcher
                    .watch(connection(stream, peer, overflow, timeout, false))
                    .await;
                return;
            };
            let _held = permit;
            // A connection that has sent nothing yet is dropped when herald stops, as hyper
            // drops its idle ones.
            let first = tokio::select! {
                first = stream_connection::first_request(&mut stream, peer, bounds.header_read_timeout) => first,
                () = stopping.cancelled() => None,
            };
            match first {
                Some(First::Stream(request)) => {
                    // Holding the watcher makes stopping wait for the stream, which ends when
                    // the live inbox closes it.
                    let _watched = watcher;
                    stream_connection::serve(stream, *request, router).await;
                }
                Some(First::Other) => {
                    let http = connection(stream, peer, router, bounds.header_read_timeout, true);
                    let _ = watcher.watch(http).await;
                }
                None => {}
            }
        });
    }
    drop(listener);
    stopping.cancel();
    graceful.shutdown().await;
}

/// hyper's HTTP/1.1 on `stream`, answering with `router`.
fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    header_read_timeout: Duration,
    keep_alive: bool,
) -> impl GracefulConnection {
    let handler = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        router.clone().oneshot(request.map(Body::new))
    });
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_read_timeout)
        .max_header_size(MAX_HEAD_BYTES)
        .keep_alive(keep_alive);
    http.serve_connection(TokioIo::new(stream), handler)
}

/// Raises this process's soft limit on open files to its hard limit, so that
/// `http.max_connections` can be reached; warns when even the hard limit is below it.
pub fn raise_file_limit(max_connections: usize) {
    match rlimit::increase_nofile_limit(u64::MAX) {
        // Files besides connections: the database, its WAL, listeners, the SMTP pool.
        Ok(limit) if limit < max_connections as u64 + 64 => tracing::warn!(
            limit,
            max_connections,
            "the open-file limit is below http.max_connections: raise it (systemd LimitNOFILE)"
        ),
        Ok(_) => {}
        Err(error) => tracing::warn!(%error, "cannot raise the open-file limit"),
    }
}

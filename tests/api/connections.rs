//! The server's bounds, over raw TCP: slow headers and idle keep-alive connections are cut
//! off after `http.header_read_timeout`; over `http.max_connections`, a connection is still
//! answered (health checks as usual, 503 for the rest) and closed.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{TestApp, spawn_with};

/// The longest any wait here may take: far above the 1 s timeout under test.
const BOUND: Duration = Duration::from_secs(15);

async fn app(bounds: &str) -> TestApp {
    spawn_with(&format!("[http]\n{bounds}")).await
}

/// Sends `request` and reads one response (headers and a `Content-Length` body).
async fn exchange(stream: &mut TcpStream, request: &str) -> String {
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut answer = Vec::new();
    let mut buffer = [0; 4096];
    loop {
        let read = tokio::time::timeout(BOUND, stream.read(&mut buffer))
            .await
            .expect("an answer in time");
        let read = read.expect("read");
        assert!(
            read > 0,
            "closed before answering: {}",
            String::from_utf8_lossy(&answer)
        );
        answer.extend_from_slice(&buffer[..read]);
        let text = String::from_utf8_lossy(&answer);
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length: ")
                        .map(str::to_owned)
                })
                .and_then(|l| l.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if body.len() >= length {
                return text.into_owned();
            }
        }
    }
}

/// Waits until the server closes `stream` (a read returns end of file).
async fn closed_by_server(stream: &mut TcpStream) -> bool {
    let mut buffer = [0; 1024];
    loop {
        match tokio::time::timeout(BOUND, stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => {}
            Err(_) => return false,
        }
    }
}

fn get(path: &str, key: Option<&str>) -> String {
    let auth = key
        .map(|k| format!("Authorization: Bearer {k}\r\n"))
        .unwrap_or_default();
    format!("GET {path} HTTP/1.1\r\nHost: herald\r\n{auth}\r\n")
}

#[tokio::test]
async fn slow_headers_and_idle_connections_are_cut_off() {
    let app = app("header_read_timeout = '1s'").await;
    let mut slow = TcpStream::connect(app.addr).await.expect("connect");
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHo")
        .await
        .expect("send");
    assert!(closed_by_server(&mut slow).await, "slow headers are cut off");

    let mut idle = TcpStream::connect(app.addr).await.expect("connect");
    assert!(
        exchange(&mut idle, &get("/healthz", None))
            .await
            .starts_with("HTTP/1.1 200")
    );
    assert!(
        closed_by_server(&mut idle).await,
        "an idle keep-alive connection is closed"
    );
}

#[tokio::test]
async fn over_the_connection_limit_health_still_answers_and_the_rest_is_told_to_wait() {
    let app = app("max_connections = 3").await;
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut stream = TcpStream::connect(app.addr).await.expect("connect");
        let answer = exchange(&mut stream, &get("/v1/catalog", Some(&app.key))).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        held.push(stream);
    }
    let mut over = TcpStream::connect(app.addr).await.expect("connect");
    let health = exchange(&mut over, &get("/healthz", None)).await;
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(closed_by_server(&mut over).await, "one request, then closed");
    let mut over = TcpStream::connect(app.addr).await.expect("connect");
    let refused = exchange(&mut over, &get("/v1/catalog", Some(&app.key))).await;
    assert!(refused.starts_with("HTTP/1.1 503"), "{refused}");
    assert!(
        refused.to_ascii_lowercase().contains("retry-after: 1"),
        "{refused}"
    );
    assert!(refused.contains("application/problem+json"), "{refused}");

    drop(held.pop());
    // The freed place is taken as soon as the server has seen the close.
    let mut served = false;
    for _ in 0..100 {
        let mut stream = TcpStream::connect(app.addr).await.expect("connect");
        if exchange(&mut stream, &get("/v1/catalog", Some(&app.key)))
            .await
            .starts_with("HTTP/1.1 200")
        {
            served = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(served, "a place frees up when a connection closes");
}

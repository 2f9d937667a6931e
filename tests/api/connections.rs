//! The server's bounds, over raw TCP: slow headers and idle keep-alive connections are cut
//! off after `http.header_read_timeout`; over `http.max_connections`, a connection is still
//! answered (health checks as usual, 503 for the rest) and closed; a stream's connection is
//! served without hyper.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use serde_json::json;

use crate::helpers::{TestApp, fixture, inbox_token, spawn_with};

/// The longest any wait here may take: far above the 1 s timeout under test.
const BOUND: Duration = Duration::from_secs(15);

async fn app(bounds: &str) -> TestApp {
    spawn_with(&format!("[http]\n{bounds}")).await
}

/// Sends `request` and reads one response (headers and a `Content-Length` body).
async fn exchange(stream: &mut TcpStream, request: &str) -> String {
    stream.write_all(request.as_bytes()).await.expect("send");
    read_while(stream, "a whole answer", |text| {
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            return true;
        };
        let length = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length: ")
                    .map(str::to_owned)
            })
            .and_then(|l| l.trim().parse::<usize>().ok())
            .unwrap_or(0);
        body.len() < length
    })
    .await
}

/// Reads from `stream` until what it sent holds `needle`; returns all of it.
async fn read_until(stream: &mut TcpStream, needle: &str) -> String {
    read_while(stream, needle, |text| !text.contains(needle)).await
}

/// Reads from `stream` while `more` says what came so far is not all (within [`BOUND`], the
/// server not closing before); returns all of it. `what` names it in a failure.
async fn read_while(stream: &mut TcpStream, what: &str, more: impl Fn(&str) -> bool) -> String {
    let mut seen = Vec::new();
    let mut buffer = [0; 4096];
    while more(&String::from_utf8_lossy(&seen)) {
        let read = tokio::time::timeout(BOUND, stream.read(&mut buffer))
            .await
            .unwrap_or_else(|_| panic!("no {what:?} in time: {}", String::from_utf8_lossy(&seen)));
        let read = read.expect("read");
        assert!(
            read > 0,
            "closed before {what:?}: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.extend_from_slice(&buffer[..read]);
    }
    String::from_utf8_lossy(&seen).into_owned()
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

/// A connection opened for a stream is served without hyper (`http::stream_connection`): its
/// events come, and the connection ends with the stream; a refused stream is a problem with its
/// length, then the close. A stream asked for on a kept-alive connection, which hyper serves,
/// works the same.
#[tokio::test]
async fn a_stream_on_its_own_connection_and_on_a_kept_alive_one() {
    let app = app("").await;
    app.put_user("u", json!({})).await;
    let token = inbox_token(&app, "u").await;
    let other = inbox_token(&app, "v").await;
    let stream_of = |token: &str| get(&format!("/v1/users/u/inbox/stream?token={token}"), None);

    let mut own = TcpStream::connect(app.addr).await.expect("connect");
    own.write_all(stream_of(&token).as_bytes()).await.expect("send");
    let head = read_until(&mut own, "event: ready").await.to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 200 ok\r\n"), "{head}");
    for expected in [
        "content-type: text/event-stream",
        "connection: close",
        "date: ",
        "x-request-id: ",
    ] {
        assert!(head.contains(expected), "{expected}: {head}");
    }
    assert!(
        !head.contains("content-length") && !head.contains("transfer-encoding"),
        "{head}"
    );
    app.ingest("u", &fixture("x-credits-depleted-416.json")).await;
    read_until(&mut own, "event: changes").await;
    let revoked = app.post("/v1/users/u/revoke-tokens").await;
    assert_eq!(revoked.status(), reqwest::StatusCode::NO_CONTENT);
    read_until(&mut own, "event: expired").await;
    assert!(
        closed_by_server(&mut own).await,
        "the connection ends with its stream"
    );

    let token = inbox_token(&app, "u").await;
    let mut talking = TcpStream::connect(app.addr).await.expect("connect");
    talking
        .write_all(stream_of(&token).as_bytes())
        .await
        .expect("send");
    read_until(&mut talking, "event: ready").await;
    talking
        .write_all(b"GET /healthz HTTP/1.1\r\n\r\n")
        .await
        .expect("send");
    assert!(
        closed_by_server(&mut talking).await,
        "a stream's client has nothing to say"
    );

    let token = inbox_token(&app, "u").await;
    let mut refused = TcpStream::connect(app.addr).await.expect("connect");
    let answer = exchange(&mut refused, &stream_of(&other)).await;
    assert!(answer.starts_with("HTTP/1.1 403 Forbidden\r\n"), "{answer}");
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head");
    assert!(
        head.contains(&format!("content-length: {}", body.len())),
        "{answer}"
    );
    assert!(body.contains("urn:herald:problem:forbidden"), "{answer}");
    assert!(closed_by_server(&mut refused).await);

    let mut kept = TcpStream::connect(app.addr).await.expect("connect");
    assert!(
        exchange(&mut kept, &get("/healthz", None))
            .await
            .starts_with("HTTP/1.1 200")
    );
    kept.write_all(stream_of(&token).as_bytes()).await.expect("send");
    let head = read_until(&mut kept, "event: ready").await.to_ascii_lowercase();
    assert!(
        head.starts_with("http/1.1 200 ok\r\n") && head.contains("transfer-encoding: chunked"),
        "{head}"
    );
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    read_until(&mut kept, "event: changes").await;
}

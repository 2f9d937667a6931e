//! Connections opened for an inbox stream, served without hyper's buffers.
//!
//! hyper keeps two 8 KiB buffers for the whole life of an HTTP/1.1 connection (the one it reads
//! requests into and the one it writes response heads into): that was nearly all an idle event
//! stream cost, 16 KiB of the 16.4 KiB each of 10,000 streams held. A stream's connection needs
//! neither once its request is read: from then on it only writes events. So a connection whose
//! first request is a plain `GET /v1/users/{user_id}/inbox/stream`, whole in what the client
//! sent first, is served here. Its head is parsed with httparse (hyper's parser), the request
//! goes through the same router as every other (credentials, rate limits, stream limits,
//! problems, tracing), and the answer is written close-delimited: the connection ends with it.
//!
//! Anything else goes to hyper untouched, since the first bytes are only peeked at: another
//! route, a head split over several segments, HTTP/1.0, a body (`Content-Length`,
//! `Transfer-Encoding`), `Expect` or `Upgrade`, more than [`MAX_HEADERS`] headers, or a head
//! longer than [`PEEK_BYTES`]. A stream asked for on a kept-alive connection is served by hyper
//! too, as before.

use std::io::Write as _;
use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderName, HeaderValue, Method, Request, StatusCode, Version, header, response};
use http_body_util::BodyExt as _;
use hyper::body::Body as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tower::ServiceExt as _;

/// How much of a connection's first bytes are looked at: a stream's request is a few hundred
/// bytes (its token in the query, a browser's headers).
const PEEK_BYTES: usize = 4096;

/// How a stream's request begins.
const STREAM_PREFIX: &[u8] = b"GET /v1/users/";

/// Headers that frame a body or change the protocol: a request with one goes to hyper.
const FRAMING: [HeaderName; 4] = [
    header::CONTENT_LENGTH,
    header::TRANSFER_ENCODING,
    header::EXPECT,
    header::UPGRADE,
];

/// Headers a stream's request may carry here; more go to hyper (which allows 100).
const MAX_HEADERS: usize = 48;

/// How long one write of the stream may wait for the client to take it: longer than a
/// keepalive interval, so that a reader that is only slow keeps its stream.
const WRITE_TIMEOUT: Duration = Duration::from_secs(45);

/// How long, and for how many reads, a closing connection's late bytes are drained.
const DRAIN_TIME: Duration = Duration::from_secs(1);
const DRAIN_READS: usize = 64;

/// What a connection's first bytes are.
pub enum First {
    /// A stream's request, read off the connection.
    Stream(Box<Request<Body>>),
    /// Anything else, left unread for hyper.
    Other,
}

/// Looks at what the client sent first, within `timeout`; takes it off the connection only if
/// it is a stream's request. `None`: the client sent nothing in time, or the connection failed.
pub async fn first_request(stream: &mut TcpStream, peer: SocketAddr, timeout: Duration) -> Option<First> {
    // Most connections are not streams: their first bytes tell, before anything is allocated.
    let mut prefix = [0; STREAM_PREFIX.len()];
    let peeked = tokio::time::timeout(timeout, stream.peek(&mut prefix))
        .await
        .ok()?
        .ok()?;
    if prefix[..peeked] != *STREAM_PREFIX {
        return Some(First::Other);
    }
    // Already arrived with the prefix: a request split over segments is hyper's.
    let mut bytes = vec![0; PEEK_BYTES];
    let peeked = stream.peek(&mut bytes).await.ok()?;
    let Some((mut request, head_len)) = stream_request(&bytes[..peeked]) else {
        return Some(First::Other);
    };
    // The head is in the socket's buffer already: this returns at once.
    stream.read_exact(&mut bytes[..head_len]).await.ok()?;
    request.extensions_mut().insert(ConnectInfo(peer));
    Some(First::Stream(Box::new(request)))
}

/// The request `bytes` begin with, and its head's length, if it is a stream's that this module
/// serves (see the module's documentation).
fn stream_request(bytes: &[u8]) -> Option<(Request<Body>, usize)> {
    if !bytes.starts_with(STREAM_PREFIX) {
        return None;
    }
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let httparse::Status::Complete(head_len) = parsed.parse(bytes).ok()? else {
        return None;
    };
    let target = parsed.path?;
    // The raw target, not only the parsed URI's path: `http` drops a `#fragment`, which would
    // let `/v1/users/u#/inbox/stream` reach another route here.
    if parsed.version != Some(1) || target.contains('#') || !is_stream_path(target) {
        return None;
    }
    let mut request = Request::builder()
        .method(Method::GET)
        .uri(target)
        .version(Version::HTTP_11);
    for field in parsed.headers.iter() {
        let name = HeaderName::from_bytes(field.name.as_bytes()).ok()?;
        if FRAMING.contains(&name) {
            return None;
        }
        request = request.header(name, HeaderValue::from_bytes(field.value).ok()?);
    }
    Some((request.body(Body::empty()).ok()?, head_len))
}

/// `/v1/users/{user_id}/inbox/stream`, with or without a query.
fn is_stream_path(target: &str) -> bool {
    let path = target.split_once('?').map_or(target, |(path, _)| path);
    path.strip_prefix("/v1/users/")
        .and_then(|rest| rest.strip_suffix("/inbox/stream"))
        .is_some_and(|user| !user.is_empty() && !user.contains('/'))
}

/// Answers `request` through `router` on `stream`, then closes the connection.
pub async fn serve(mut stream: TcpStream, request: Request<Body>, router: Router) {
    let Ok(response) = router.oneshot(request).await;
    let (parts, body) = response.into_parts();
    let head = response_head(&parts, body.size_hint().exact());
    if stream.write_all(&head).await.is_err() {
        return;
    }
    drop(head);
    match write_body(&mut stream, body).await {
        Ended::Whole => close(stream).await,
        // A cut body must not look whole: a reset, not the end of a close-delimited body.
        Ended::Cut => {
            let _ = stream.set_zero_linger();
        }
        Ended::Gone => {}
    }
}

/// How writing a body ended.
enum Ended {
    /// All of it was written.
    Whole,
    /// The body failed before its end.
    Cut,
    /// The client left, sent something, or stopped reading.
    Gone,
}

/// Writes the body's data as it comes until it ends, the client goes or sends anything (a
/// stream's client has nothing to say), or a write fails or stalls for [`WRITE_TIMEOUT`] (a
/// client that stopped reading: its stream has been dropped by then, and its connection goes
/// too).
async fn write_body(stream: &mut TcpStream, mut body: Body) -> Ended {
    let (mut reader, mut writer) = stream.split();
    let mut sent = [0; 1];
    loop {
        tokio::select! {
            // What is ready to write goes first: a short answer is written whole even when the
            // client's next bytes are already there.
            biased;
            frame = body.frame() => match frame {
                None => return Ended::Whole,
                Some(Err(_)) => return Ended::Cut,
                Some(Ok(frame)) => {
                    let Ok(data) = frame.into_data() else { continue };
                    let written = tokio::time::timeout(WRITE_TIMEOUT, writer.write_all(&data)).await;
                    if !matches!(written, Ok(Ok(()))) {
                        return Ended::Gone;
                    }
                }
            },
            _ = reader.read(&mut sent) => return Ended::Gone,
        }
    }
}

/// Ends the connection cleanly: the end of the answer, then what the client still sends is
/// read for a moment, so that closing with it unread does not reset the connection and lose
/// the answer before the client has read it.
async fn close(mut stream: TcpStream) {
    if stream.shutdown().await.is_err() {
        return;
    }
    let mut drained = [0; 512];
    let drain = async {
        for _ in 0..DRAIN_READS {
            if matches!(stream.read(&mut drained).await, Ok(0) | Err(_)) {
                return;
            }
        }
    };
    let _ = tokio::time::timeout(DRAIN_TIME, drain).await;
}

/// The status line and headers, with a `Date`, the body's length when it is known, and
/// `Connection: close` (the body ends when the connection does).
fn response_head(parts: &response::Parts, length: Option<u64>) -> Vec<u8> {
    let mut head = Vec::with_capacity(512);
    let status = parts.status;
    let _ = write!(
        head,
        "HTTP/1.1 {} {}\r\n",
        status.as_str(),
        status.canonical_reason().unwrap_or_default()
    );
    for (name, value) in &parts.headers {
        if name != header::CONNECTION {
            head.extend_from_slice(name.as_str().as_bytes());
            head.extend_from_slice(b": ");
            head.extend_from_slice(value.as_bytes());
            head.extend_from_slice(b"\r\n");
        }
    }
    let bodiless =
        status.is_informational() || status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED;
    let stated = bodiless || parts.headers.contains_key(header::CONTENT_LENGTH);
    if let Some(length) = length.filter(|_| !stated) {
        let _ = write!(head, "content-length: {length}\r\n");
    }
    if !parts.headers.contains_key(header::DATE) {
        let _ = write!(head, "date: {}\r\n", httpdate::fmt_http_date(SystemTime::now()));
    }
    head.extend_from_slice(b"connection: close\r\n\r\n");
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_plain_get_of_a_stream_is_taken() {
        let taken = |head: &str| {
            stream_request(head.as_bytes()).map(|(request, len)| (request.uri().to_string(), len))
        };
        let plain = "GET /v1/users/u-1/inbox/stream?token=t HTTP/1.1\r\nHost: h\r\n\r\n";
        assert_eq!(
            taken(plain),
            Some(("/v1/users/u-1/inbox/stream?token=t".to_owned(), plain.len()))
        );
        let with_more = format!("{plain}GET /healthz HTTP/1.1\r\n");
        assert_eq!(taken(&with_more).map(|(_, len)| len), Some(plain.len()));
        for other in [
            "GET /v1/users/u/inbox/stream HTTP/1.0\r\nHost: h\r\n\r\n",
            "GET /v1/users/u/inbox/stream HTTP/1.1\r\nHost: h\r\n",
            "GET /v1/users/u/inbox/stream HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n",
            "GET /v1/users/u/inbox/stream HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET /v1/users/u/inbox/stream HTTP/1.1\r\nExpect: 100-continue\r\n\r\n",
            "GET /v1/users/u/inbox HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET /v1/users/u/inbox/streams HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET /v1/users//inbox/stream HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET /v1/users/u#/inbox/stream HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET http://h/v1/users/u/inbox/stream HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET /v1/users/a/b/inbox/stream HTTP/1.1\r\nHost: h\r\n\r\n",
            "POST /v1/users/u/inbox/stream HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET /v1/users/u/inbox/stream HTTP/1.1\r\nBad Header: x\r\n\r\n",
        ] {
            assert_eq!(taken(other), None, "{other:?}");
        }
        let crowded = format!(
            "GET /v1/users/u/inbox/stream HTTP/1.1\r\n{}\r\n",
            "X-A: b\r\n".repeat(MAX_HEADERS + 1)
        );
        assert_eq!(taken(&crowded), None);
    }

    #[test]
    fn the_head_says_how_the_body_ends() {
        let (mut parts, ()) = axum::http::Response::builder()
            .status(403)
            .header("content-type", "application/problem+json")
            .header("connection", "keep-alive")
            .body(())
            .expect("response")
            .into_parts();
        let head = String::from_utf8(response_head(&parts, Some(12))).expect("utf-8");
        assert!(head.starts_with("HTTP/1.1 403 Forbidden\r\n"), "{head}");
        assert!(
            head.contains("content-type: application/problem+json\r\n"),
            "{head}"
        );
        assert!(
            head.contains("content-length: 12\r\n") && head.contains("\r\ndate: "),
            "{head}"
        );
        assert!(
            head.ends_with("connection: close\r\n\r\n") && !head.contains("keep-alive"),
            "{head}"
        );
        parts.status = StatusCode::OK;
        let streamed = String::from_utf8(response_head(&parts, None)).expect("utf-8");
        assert!(!streamed.contains("content-length"), "{streamed}");
        parts.status = StatusCode::NO_CONTENT;
        let empty = String::from_utf8(response_head(&parts, Some(0))).expect("utf-8");
        assert!(!empty.contains("content-length"), "no length on a 204: {empty}");
    }
}

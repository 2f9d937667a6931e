//! herald's own SMTP connections against a real server on loopback: STARTTLS and implicit TLS
//! with a private CA (and refused without it), a server that drops the connection after each
//! message, and one that stalls.

use std::time::Duration;

use herald::email::Relay;
use herald::email::smtp::{Failure, Pool};
use lettre::Message;

use crate::smtp::{Sink, Tls};

fn message(n: usize) -> Message {
    Message::builder()
        .from("herald@example.com".parse().expect("from"))
        .to(format!("user-{n}@example.com").parse().expect("to"))
        .subject(format!("message {n}"))
        .body(format!("Body of message {n}\r\n"))
        .expect("message")
}

async fn send(pool: &Pool, n: usize) -> Result<(), Failure> {
    let message = message(n);
    let start_by = std::time::Instant::now() + Duration::from_secs(60);
    pool.send(message.envelope(), &message.formatted(), start_by)
        .await
}

fn pool(url: &str, timeout: Duration, ca: Option<&std::path::Path>) -> Pool {
    let relay: Relay = url.parse().expect("url");
    Pool::new(relay, 4, timeout, ca).expect("pool")
}

/// A pool to the plain-text sink at `addr`, trusting nothing extra.
fn plain_pool(addr: std::net::SocketAddr, timeout: Duration) -> Pool {
    pool(&format!("smtp://127.0.0.1:{}", addr.port()), timeout, None)
}

#[tokio::test]
async fn starttls_and_implicit_tls_trust_a_private_ca_and_nothing_else() {
    let dir = tempfile::tempdir().expect("dir");
    for (mode, scheme, query) in [
        (Tls::StartTls, "smtp", "?tls=required"),
        (Tls::Implicit, "smtps", ""),
    ] {
        let (sink, addr, ca) = Sink::start_tls(mode, dir.path());
        let url = format!("{scheme}://mailer:secret@localhost:{}{query}", addr.port());
        let trusting = pool(&url, Duration::from_secs(10), Some(&ca));
        for n in 0..3 {
            send(&trusting, n).await.unwrap_or_else(|e| panic!("{url}: {e}"));
        }
        let received = sink.received();
        assert_eq!(received.len(), 3, "{url}");
        assert!(String::from_utf8_lossy(&received[2]).contains("Body of message 2"));
        assert_eq!(sink.sessions(), 1, "{url}: one connection, reused");

        let doubting = pool(&url, Duration::from_secs(10), None);
        let refused = send(&doubting, 9)
            .await
            .expect_err("a self-signed certificate is not trusted");
        assert!(
            refused.to_string().to_lowercase().contains("certificate"),
            "{url}: {refused}"
        );
        assert_eq!(sink.received().len(), 3);
    }
}

#[tokio::test]
async fn tls_required_refuses_a_server_without_starttls() {
    let (sink, addr) = Sink::start();
    let pool = pool(
        &format!("smtp://localhost:{}?tls=required", addr.port()),
        Duration::from_secs(10),
        None,
    );
    let refused = send(&pool, 1).await.expect_err("plain text was not allowed");
    assert!(refused.to_string().contains("STARTTLS"), "{refused}");
    assert!(sink.received().is_empty());
}

/// A server that closes the connection after each message: the next send notices on its
/// first command and goes out on a new connection, so nothing fails.
#[tokio::test]
async fn a_connection_the_server_dropped_is_replaced() {
    let (sink, addr) = Sink::start();
    sink.drop_after_each_message();
    let pool = plain_pool(addr, Duration::from_secs(10));
    for n in 0..3 {
        send(&pool, n)
            .await
            .unwrap_or_else(|e| panic!("message {n}: {e}"));
    }
    assert_eq!(sink.received().len(), 3);
    assert_eq!(sink.sessions(), 3, "a new connection for each");
}

/// A refused recipient ends that message, not the connection: `RSET`, and the next one goes
/// out on it.
#[tokio::test]
async fn a_refusal_resets_the_transaction_and_keeps_the_connection() {
    let (sink, addr) = Sink::start();
    let pool = plain_pool(addr, Duration::from_secs(10));
    sink.refuse_recipients(550);
    let refused = send(&pool, 1).await.expect_err("refused");
    assert!(
        refused.smtp_error().is_some_and(|e| e.is_permanent()),
        "{refused}"
    );
    sink.refuse_recipients(0);
    send(&pool, 2).await.expect("the next one");
    assert_eq!(sink.received().len(), 1);
    assert_eq!(sink.sessions(), 1, "one connection for both");
}

/// A server that takes a message and never answers: the send gives up at the timeout, the
/// connection is not reused, and what the server did not accept is not counted as sent.
#[tokio::test]
async fn a_stalled_server_times_out_and_the_retry_sends_one_copy() {
    let (sink, addr) = Sink::start();
    let pool = plain_pool(addr, Duration::from_millis(300));
    sink.stall(true);
    let failure = send(&pool, 1).await.expect_err("stalled");
    assert!(matches!(failure, Failure::TimedOut(_)), "{failure}");
    sink.stall(false);
    send(&pool, 1).await.expect("the retry");
    assert_eq!(sink.received().len(), 1, "one copy");
    assert_eq!(sink.sessions(), 2, "the stalled connection was dropped");
}

/// A send that cannot start while its caller's lease still covers it sends nothing.
#[tokio::test]
async fn a_send_that_would_outlive_its_lease_does_not_start() {
    let (sink, addr) = Sink::start();
    let relay: Relay = format!("smtp://127.0.0.1:{}", addr.port()).parse().expect("url");
    let pool = std::sync::Arc::new(Pool::new(relay, 1, Duration::from_secs(1), None).expect("pool"));
    sink.stall(true);
    // The one connection hangs on a first message...
    let hanging = tokio::spawn({
        let pool = pool.clone();
        async move { send(&pool, 1).await }
    });
    while sink.sessions() == 0 {
        tokio::task::yield_now().await;
    }
    // ...so a second one, which must start within 100 ms, never does.
    let message = message(2);
    let start_by = std::time::Instant::now() + Duration::from_millis(100);
    let late = pool
        .send(message.envelope(), &message.formatted(), start_by)
        .await;
    assert!(matches!(late, Err(Failure::NoConnectionInTime)), "{late:?}");
    sink.stall(false);
    assert!(matches!(hanging.await.expect("task"), Err(Failure::TimedOut(_))));
    assert!(sink.received().is_empty(), "nothing was sent");
}

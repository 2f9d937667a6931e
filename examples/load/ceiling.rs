//! The ceiling: what this machine gives a minimal Rust HTTP service in the same run. An axum
//! server on herald's ingest route that parses each body as JSON and answers 202, storing
//! nothing, on its own thread and two-worker runtime (herald gets the same two cores). Every
//! ingest figure is also reported as a share of it, which carries from one machine to another
//! where absolute figures do not.

use axum::body::Bytes;
use axum::http::StatusCode;

/// Starts the ceiling server on a port of its own; returns its address.
pub fn start() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port for the ceiling");
    let addr = listener.local_addr().expect("its address").to_string();
    listener.set_nonblocking(true).expect("non-blocking");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("the ceiling's runtime");
        runtime.block_on(async move {
            let routes = axum::Router::new().route("/v1/users/{user}/results", axum::routing::post(accept));
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            axum::serve(listener, routes).await.expect("the ceiling serves");
        });
    });
    addr
}

async fn accept(body: Bytes) -> (StatusCode, &'static str) {
    match serde_json::from_slice::<serde_json::Value>(&body) {
        Ok(_) => (StatusCode::ACCEPTED, r#"{"accepted":true}"#),
        Err(_) => (StatusCode::BAD_REQUEST, ""),
    }
}

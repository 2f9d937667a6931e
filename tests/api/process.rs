//! herald as a child process on port 0. Once it accepts connections it prints
//! `herald: listening on ADDR` on stdout; the caller reads the address back instead of
//! guessing a free port (a port probed free can be taken before herald binds it).

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const LISTENING: &str = "herald: listening on ";

/// Starts `command` (herald with `HERALD_LISTEN` on port 0) and waits, at most 60 s, for the
/// address it bound. Its stdout is read to the end in a thread, so herald never blocks on it.
pub async fn spawn_listening(mut command: Command) -> (Child, SocketAddr) {
    command.stdout(Stdio::piped());
    let mut child = command.spawn().expect("herald starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (found, address) = mpsc::channel();
    std::thread::spawn(move || {
        let mut found = Some(found);
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(addr) = line.strip_prefix(LISTENING).and_then(|a| a.parse().ok())
                && let Some(found) = found.take()
            {
                let _ = found.send(addr);
            }
        }
    });
    let addr = tokio::task::spawn_blocking(move || address.recv_timeout(Duration::from_secs(60)))
        .await
        .expect("the waiting thread");
    match addr {
        Ok(addr) => (child, addr),
        Err(_) => {
            let _ = child.kill();
            panic!("herald did not say where it listens (it exited or took over 60 s)");
        }
    }
}

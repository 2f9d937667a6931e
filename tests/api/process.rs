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
/// address it bound.
pub async fn spawn_listening(command: Command) -> (Child, SocketAddr) {
    let (mut child, addr) = spawn_announcing(command, LISTENING).await;
    match addr.parse() {
        Ok(addr) => (child, addr),
        Err(_) => {
            let _ = child.kill();
            panic!("herald announced {addr:?}, not an address");
        }
    }
}

/// Starts `command` and waits, at most 60 s, for a line of its stdout that starts with
/// `prefix`; returns the rest of that line. Its stdout is read to the end in a thread, so the
/// process never blocks on it.
pub async fn spawn_announcing(mut command: Command, prefix: &'static str) -> (Child, String) {
    command.stdout(Stdio::piped());
    let mut child = command.spawn().expect("herald starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (found, announced) = mpsc::channel();
    std::thread::spawn(move || {
        let mut found = Some(found);
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.strip_prefix(prefix)
                && let Some(found) = found.take()
            {
                let _ = found.send(rest.to_owned());
            }
        }
    });
    let announced = tokio::task::spawn_blocking(move || announced.recv_timeout(Duration::from_secs(60)))
        .await
        .expect("the waiting thread");
    match announced {
        Ok(rest) => (child, rest),
        Err(_) => {
            let _ = child.kill();
            panic!("herald did not print {prefix:?} (it exited or took over 60 s)");
        }
    }
}

//! Drives the real herald binary: creates an API key, serves, posts results from several
//! clients at once and records every 202.

use std::fs::File;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::{Client, StatusCode};

/// Results each client posts at most; the power cut stops them long before.
const MAX_POSTS_PER_CLIENT: usize = 20_000;

/// A `herald serve` process, killed (SIGKILL) when dropped.
pub struct Herald {
    child: Child,
    pub base: String,
}

/// Where herald keeps its state, and how it syncs.
pub struct Setup<'a> {
    pub data_dir: &'a Path,
    /// `ingest.sqlite_synchronous`.
    pub synchronous: &'a str,
    /// herald's stderr goes here (off the disk under test), to be shown if it fails to start.
    pub log: PathBuf,
}

impl Setup<'_> {
    fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_herald"));
        // herald takes configuration from HERALD_* variables: only this test's, lest one in
        // the environment (HERALD_DATABASE_URL, HERALD_DATA_DIR) moves it off the disk under test.
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("HERALD_") {
                command.env_remove(name);
            }
        }
        command
            .env("HERALD_DATA_DIR", self.data_dir)
            .env("HERALD_INGEST__SQLITE_SYNCHRONOUS", self.synchronous)
            .env("RUST_LOG", "warn");
        command
    }

    /// `herald keys create`: the key it prints.
    pub fn create_key(&self) -> String {
        let output = self
            .command()
            .args(["keys", "create", "--name", "powerloss"])
            .output()
            .expect("herald runs");
        assert!(
            output.status.success(),
            "herald keys create: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8").trim().to_owned()
    }

    /// Starts `herald serve` and waits until it is ready.
    pub async fn serve(&self) -> Herald {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let log = File::create(&self.log).expect("log file");
        let child = self
            .command()
            .arg("serve")
            .env("HERALD_LISTEN", format!("127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("herald starts");
        let mut herald = Herald {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let client = Client::new();
        for _ in 0..400 {
            let ready = client.get(format!("{}/readyz", herald.base)).send().await;
            if ready.is_ok_and(|r| r.status() == StatusCode::OK) {
                return herald;
            }
            if let Ok(Some(status)) = herald.child.try_wait() {
                panic!("herald exited ({status}): {}", self.log_text());
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        herald.kill();
        panic!("herald did not become ready: {}", self.log_text());
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Herald {
    /// SIGKILL, and reaps the process so that none of its files stay open on the mount.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Herald {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A result herald answered 202 to: its user and Idempotency-Key.
pub type Acknowledged = (String, String);

/// `clients` clients posting `body` until herald stops answering 202; each 202 is recorded
/// as it arrives.
pub struct Ingest {
    pub acknowledged: Arc<Mutex<Vec<Acknowledged>>>,
    clients: Vec<tokio::task::JoinHandle<()>>,
}

impl Ingest {
    pub fn start(base: &str, key: &str, body: &str, clients: usize, run: &str) -> Self {
        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let http = Client::new();
        let clients = (0..clients)
            .map(|client| {
                let (http, base, key, body, acknowledged) = (
                    http.clone(),
                    base.to_owned(),
                    key.to_owned(),
                    body.to_owned(),
                    acknowledged.clone(),
                );
                let run = run.to_owned();
                tokio::spawn(async move {
                    for n in 0..MAX_POSTS_PER_CLIENT {
                        let user = format!("user-{}", n % 7);
                        let idem = format!("{run}-{client}-{n}");
                        let response = http
                            .post(format!("{base}/v1/users/{user}/results"))
                            .bearer_auth(&key)
                            .header("content-type", "application/json")
                            .header("idempotency-key", &idem)
                            .body(body.clone())
                            .send()
                            .await;
                        match response {
                            Ok(r) if r.status() == StatusCode::ACCEPTED => {
                                acknowledged.lock().expect("lock").push((user, idem));
                            }
                            _ => break,
                        }
                    }
                })
            })
            .collect();
        Self {
            acknowledged,
            clients,
        }
    }

    pub fn count(&self) -> usize {
        self.acknowledged.lock().expect("lock").len()
    }

    /// Waits for every client to stop (herald gone) and returns what was acknowledged.
    pub async fn finish(self) -> Vec<Acknowledged> {
        for client in self.clients {
            client.await.expect("client");
        }
        std::mem::take(&mut *self.acknowledged.lock().expect("lock"))
    }
}

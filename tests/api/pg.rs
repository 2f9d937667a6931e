//! A fresh PostgreSQL database per test, dropped afterwards.
//!
//! The server is `TEST_POSTGRES_URL` (an admin URL; default: the local server as `postgres`).
//! If it cannot be reached the PostgreSQL half is skipped with a message, unless
//! `REQUIRE_POSTGRES=1` (set by `.ci/run`): then it fails.

use std::time::Duration;

use sqlx::{Connection, Executor, PgConnection};

const DEFAULT: &str = "postgres://postgres@127.0.0.1:5432/postgres";

pub struct TestDatabase {
    pub url: String,
    admin: String,
    name: String,
}

fn admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT.to_owned())
}

/// A new empty database, or `None` (with a message) when PostgreSQL is not there.
pub async fn database() -> Option<TestDatabase> {
    let admin = admin_url();
    let connected = tokio::time::timeout(Duration::from_secs(5), PgConnection::connect(&admin)).await;
    let mut conn = match connected {
        Ok(Ok(conn)) => conn,
        failure => {
            let why = match failure {
                Ok(Err(error)) => error.to_string(),
                _ => "timed out".to_owned(),
            };
            assert!(
                std::env::var("REQUIRE_POSTGRES").is_err(),
                "PostgreSQL is required (REQUIRE_POSTGRES) but {admin} is unreachable: {why}"
            );
            skipped(&format!("{admin} is unreachable ({why})"));
            return None;
        }
    };
    let name = format!("herald_test_{}", uuid::Uuid::now_v7().simple());
    conn.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create database");
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(base, _)| base);
    Some(TestDatabase {
        url: format!("{base}/{name}"),
        admin,
        name,
    })
}

/// Says once per run, past the test harness's output capture, that PostgreSQL was skipped.
fn skipped(why: &str) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        use std::io::Write;
        let note = format!("\nnote: the PostgreSQL half of the tests was SKIPPED: {why}\n\n");
        let _ = std::io::stderr().write_all(note.as_bytes());
    });
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (admin, name) = (self.admin.clone(), self.name.clone());
        // Drop may run inside a runtime: do the async work on a thread of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async {
                let mut conn = PgConnection::connect(&admin).await.ok()?;
                let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                conn.execute(sql.as_str()).await.ok()
            })
        })
        .join();
    }
}

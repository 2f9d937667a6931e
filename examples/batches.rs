//! Ingest batches straight into the store, without HTTP: the writer's work alone, at a fixed
//! batch size, so that its cost per result can be counted with callgrind (the load harness's
//! batches grow and shrink with the machine's speed, and so do its per-result counts).
//!
//! ```text
//! cargo build --release --example batches
//! valgrind --tool=callgrind --separate-threads=yes \
//!     target/release/examples/batches [--batches 300] [--size 30] [--spread 10] [--users 10000]
//! ```
//!
//! It stores `--batches` batches of `--size` ± `--spread` results (the sizes vary as under
//! load, and with them the statements' texts) on a new SQLite database in a temporary
//! directory: the seed shapes in turn, each with a fresh Ayrshare id, spread over `--users`
//! users, then prints the time taken. SQLite's own thread (callgrind's `sqlx-sqlite-worker`
//! part with most instructions) divided by the number of results is the figure to compare.

use std::path::Path;

use herald::config::{Config, Database};
use herald::domain::catalog::Catalog;
use herald::domain::classify::classify;
use herald::domain::result::parse;
use herald::domain::user_id::UserId;
use herald::store::{Db, IngestJob, StoreOptions};
use jiff::Timestamp;
use serde_json::Value;

/// herald's allocator (`src/main.rs`), so that the counts are the server's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Options {
    batches: usize,
    size: usize,
    spread: usize,
    users: usize,
}

fn options() -> Options {
    let mut options = Options {
        batches: 300,
        size: 30,
        spread: 10,
        users: 10_000,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = pair
            .get(1)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| usage());
        match pair[0].as_str() {
            "--batches" => options.batches = value,
            "--size" => options.size = value,
            "--spread" => options.spread = value,
            "--users" => options.users = value,
            _ => usage(),
        }
    }
    options
}

fn usage() -> ! {
    eprintln!("usage: batches [--batches N] [--size N] [--spread N] [--users N]");
    std::process::exit(2)
}

/// The seed results, parsed.
fn seeds() -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/seed")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| serde_json::from_str(&std::fs::read_to_string(path).expect("seed")).expect("JSON"))
        .collect()
}

fn job(catalog: &Catalog, seed: &Value, n: usize, users: usize) -> IngestJob {
    let mut body = seed.clone();
    if let Some(object) = body.as_object_mut() {
        object.insert("id".into(), format!("batch-{n}").into());
    }
    let now = Timestamp::now();
    let text = body.to_string();
    IngestJob {
        event_id: uuid::Uuid::now_v7().to_string(),
        user_id: UserId::parse(&format!("load-user-{}", n.wrapping_mul(2_654_435_761) % users))
            .expect("user id"),
        idem_key: Some(format!("batch-{n}")),
        body_hash: format!("{n:064}"),
        language: None,
        received_at: now.as_millisecond(),
        classification: classify(catalog, &parse(&body).expect("a result"), now),
        body: text,
    }
}

#[tokio::main]
async fn main() {
    let options = options();
    let catalog = Catalog::embedded().expect("catalog");
    let seeds = seeds();
    let dir = tempfile::tempdir().expect("temporary directory");
    let config = Config::from_toml("").expect("defaults");
    let db = Db::open(
        &Database::Sqlite(dir.path().join("batches.db")),
        StoreOptions::from_config(&config),
    )
    .await
    .expect("database");
    let mut n = 0;
    let batches: Vec<Vec<IngestJob>> = (0..options.batches)
        .map(|b| {
            // A fixed sequence of sizes, so that runs compare.
            let size = (options.size + b * 7_919 % (2 * options.spread + 1)).saturating_sub(options.spread);
            (0..size.max(1))
                .map(|_| {
                    n += 1;
                    job(&catalog, &seeds[n % seeds.len()], n, options.users)
                })
                .collect()
        })
        .collect();
    let started = std::time::Instant::now();
    for batch in &batches {
        let now = Timestamp::now().as_millisecond();
        db.ingest_batch(batch, now).await.expect("batch stored");
    }
    let elapsed = started.elapsed();
    let results = n;
    println!(
        "{results} results in {} batches of {} ± {}: {:.2} s, {:.1} µs per result",
        options.batches,
        options.size,
        options.spread,
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / results as f64
    );
    db.close().await;
}

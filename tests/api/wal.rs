//! SQLite's write-ahead log stays bounded under sustained ingest with readers polling, and
//! rewinds: the writer checkpoints and restarts it once it passes `sqlite_wal_max_bytes`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::helpers::{fixture, spawn_sqlite};

const LIMIT: u64 = 256 * 1024;
const POSTERS: usize = 16;
const RESULTS_EACH: usize = 60;

#[tokio::test]
async fn the_write_ahead_log_stays_bounded_and_rewinds() {
    let app = Arc::new(spawn_sqlite(&format!("[ingest]\nsqlite_wal_max_bytes = {LIMIT}")).await);
    let wal = app.data_dir().join("herald.db-wal");
    // The log's size after each acknowledged result, in the order they were acknowledged.
    let sizes = Arc::new(Mutex::new(Vec::new()));
    let body = fixture("instagram-aspect-ratio-138.json");
    let done = Arc::new(AtomicBool::new(false));
    // Readers keep using the log, as dashboards polling inboxes do.
    let reader = {
        let (app, done) = (app.clone(), done.clone());
        tokio::spawn(async move {
            while !done.load(Ordering::Relaxed) {
                app.inbox("user-0", "").await;
            }
        })
    };
    let mut posters = Vec::new();
    for poster in 0..POSTERS {
        let (app, body, wal, sizes) = (app.clone(), body.clone(), wal.clone(), sizes.clone());
        posters.push(tokio::spawn(async move {
            for n in 0..RESULTS_EACH {
                let fresh = body.replacen('{', &format!("{{\"id\": \"wal-{poster}-{n}\", "), 1);
                app.ingest(&format!("user-{}", n % 5), &fresh).await;
                let size = std::fs::metadata(&wal).map_or(0, |m| m.len());
                sizes.lock().expect("lock").push(size);
            }
        }));
    }
    for poster in posters {
        poster.await.expect("poster");
    }
    done.store(true, Ordering::Relaxed);
    reader.await.expect("reader");

    // Without the bound (the writer's check disabled), this run's log reached 2.2 MB.
    let sizes = sizes.lock().expect("lock").clone();
    let largest = sizes.iter().copied().max().unwrap_or(0);
    // Past the limit by at most the batch that crossed it (here a batch holds ≤ 16 results)
    // and, when a reader held the log at that moment, the next one: the writer tries again
    // after it. (Seen under a loaded CI machine: 2.4 times the limit.)
    assert!(
        largest <= 3 * LIMIT,
        "the log reached {largest} bytes, the limit is {LIMIT}"
    );
    // A restarted log is cut back to the limit: each fall in size is one restart.
    let rewinds = sizes.windows(2).filter(|w| w[1] < w[0]).count();
    assert!(rewinds >= 2, "the log rewound {rewinds} times: {sizes:?}");
}

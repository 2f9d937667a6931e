//! A 202 survives power loss: herald runs on a FUSE filesystem that forgets everything not
//! synced when the power is cut ([`disk`]), the power is cut at a random point while results
//! are posted, and after a reboot every acknowledged result is in the database, which passes
//! `PRAGMA integrity_check`. A kill -9 cannot show this: the page cache outlives the process.
//!
//! The negative control proves the harness can see a loss: with
//! `ingest.sqlite_synchronous = "normal"` (no fsync before the 202; SQLite syncs only when it
//! checkpoints, every second) the same cut loses acknowledged results, and the test requires it.
//!
//! Needs root and /dev/fuse, so it runs only with `FUSE_TESTS=1` (then a failed mount fails
//! it); without, it says so and passes. `POWERLOSS_SEED=N` repeats a test's cut points (counts
//! of changes; which request comes at that count still depends on timing). Neither is named
//! `HERALD_*`: herald would read that as configuration and refuse it.

#[path = "powerloss/disk.rs"]
mod disk;
#[path = "powerloss/fuse.rs"]
mod fuse;
#[path = "powerloss/herald.rs"]
mod herald;

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};

use disk::{Discarded, Disk};
use herald::{Acknowledged, Ingest, Setup};

/// Runs with syncing on; each cuts the power at its own random point.
const RUNS: usize = 4;
/// Runs of the negative control.
const CONTROL_RUNS: usize = 3;
/// The power goes off just before this many changes (writes, truncations, syncs, creations)
/// have reached the disk since ingest started: between the first batches and a few seconds in.
const CUT_AFTER_CHANGES: Range<u64> = 500..20_000;
const CLIENTS: usize = 16;
/// How long ingest may take to reach the cut point.
const CUT_DEADLINE: Duration = Duration::from_secs(30);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_results_survive_a_power_cut() {
    let Some(mut cut_points) = cut_points("acknowledged_results_survive_a_power_cut") else {
        return;
    };
    for run in 0..RUNS {
        let outcome = power_cut_run("full", cut_points(), &format!("full{run}")).await;
        assert!(
            outcome.lost.is_empty(),
            "{} acknowledged results were lost in a power cut, for example {:?}",
            outcome.lost.len(),
            &outcome.lost[..outcome.lost.len().min(5)]
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_syncing_a_power_cut_loses_acknowledged_results() {
    let Some(mut cut_points) = cut_points("without_syncing_a_power_cut_loses_acknowledged_results") else {
        return;
    };
    let mut acknowledged = 0;
    let mut lost = 0;
    for run in 0..CONTROL_RUNS {
        let outcome = power_cut_run("normal", cut_points(), &format!("normal{run}")).await;
        acknowledged += outcome.acknowledged;
        lost += outcome.lost.len();
    }
    // A single run may lose nothing if its cut comes just after a checkpoint synced the WAL.
    assert!(
        lost > 0,
        "negative control: with sqlite_synchronous = normal, {CONTROL_RUNS} power cuts lost none of \
         {acknowledged} acknowledged results, so this harness could not have seen a loss"
    );
    println!("negative control: {lost} of {acknowledged} acknowledged results lost, as expected");
}

/// The random cut points of one test, or `None` (and a note) when FUSE tests are not enabled.
fn cut_points(test: &str) -> Option<impl FnMut() -> u64> {
    if std::env::var("FUSE_TESTS").as_deref() != Ok("1") {
        eprintln!("{test}: skipped; FUSE_TESTS=1 runs it (root and /dev/fuse needed)");
        return None;
    }
    let seed = match std::env::var("POWERLOSS_SEED") {
        Ok(seed) => seed.parse().expect("POWERLOSS_SEED is a number"),
        Err(_) => rand::random(),
    };
    println!("{test}: POWERLOSS_SEED={seed}");
    let mut rng = StdRng::seed_from_u64(seed);
    Some(move || rng.random_range(CUT_AFTER_CHANGES))
}

/// What one run found after the reboot.
struct Outcome {
    acknowledged: usize,
    lost: Vec<Acknowledged>,
}

/// Mounts an empty disk, posts results to herald on it until the power goes off after
/// `cut_after` changes, reboots the disk (synced state only), restarts herald on it and checks
/// the database.
async fn power_cut_run(synchronous: &str, cut_after: u64, run: &str) -> Outcome {
    let started = Instant::now();
    let mountpoint = tempfile::tempdir().expect("mountpoint");
    let logs = tempfile::tempdir().expect("log dir");
    let disk = Arc::new(Mutex::new(Disk::default()));
    let setup = Setup {
        data_dir: mountpoint.path(),
        synchronous,
        log: logs.path().join("herald.log"),
    };

    let (acknowledged, seen_at_cut) = ingest_until_cut(&disk, &setup, cut_after, run).await;
    let Discarded { changes, bytes } = disk.lock().expect("disk").power_on();
    let (stored, integrity) = restart_and_inspect(&disk, &setup).await;

    let lost: Vec<Acknowledged> = acknowledged
        .iter()
        .filter(|ack| !stored.contains(*ack))
        .cloned()
        .collect();
    println!(
        "{run}: synchronous={synchronous}, power cut after {cut_after} changes: {} acknowledged \
         ({seen_at_cut} when the cut was seen), {} found, {} lost; {changes} unsynced writes \
         ({bytes} bytes) discarded; integrity_check: {integrity}; {:.1?}",
        acknowledged.len(),
        acknowledged.len() - lost.len(),
        lost.len(),
        started.elapsed()
    );
    assert!(
        acknowledged.len() >= 20,
        "{run}: only {} results were acknowledged before the cut, too few to mean anything",
        acknowledged.len()
    );
    assert_eq!(integrity, "ok", "{run}: the database is damaged after the cut");
    Outcome {
        acknowledged: acknowledged.len(),
        lost,
    }
}

/// Mounts the disk, starts herald and posts results until the power goes off, then kills
/// herald and unmounts. Returns every acknowledged result (a 202 may still arrive after the
/// cut, for a sync done before it), and how many were in when the test saw the cut.
async fn ingest_until_cut(
    disk: &Arc<Mutex<Disk>>,
    setup: &Setup<'_>,
    cut_after: u64,
    run: &str,
) -> (Vec<Acknowledged>, usize) {
    let session = fuse::mount(disk.clone(), setup.data_dir)
        .expect("mounting FUSE (FUSE_TESTS=1 needs root and /dev/fuse)");
    let key = setup.create_key();
    let mut herald = setup.serve().await;
    let went_off = {
        let mut disk = disk.lock().expect("disk");
        disk.cut_after(cut_after);
        disk.went_off()
    };
    let ingest = Ingest::start(&herald.base, &key, &fixture(), CLIENTS, run);
    let cut = tokio::time::timeout(CUT_DEADLINE, went_off.notified()).await;
    let seen_at_cut = ingest.count();
    herald.kill();
    let acknowledged = ingest.finish().await;
    assert!(
        cut.is_ok(),
        "{run}: the power was not cut within {CUT_DEADLINE:?} ({} acknowledged): {}",
        acknowledged.len(),
        setup.log_text()
    );
    fuse::unmount(session).expect("unmount");
    (acknowledged, seen_at_cut)
}

/// Mounts the rebooted disk, restarts herald on it (it must come up), and inspects the
/// database herald opened.
async fn restart_and_inspect(disk: &Arc<Mutex<Disk>>, setup: &Setup<'_>) -> (HashSet<Acknowledged>, String) {
    let session = fuse::mount(disk.clone(), setup.data_dir).expect("mount after the cut");
    let mut restarted = setup.serve().await;
    let inspected = inspect(&setup.data_dir.join("herald.db")).await;
    restarted.kill();
    fuse::unmount(session).expect("unmount");
    inspected
}

/// The (user, Idempotency-Key) of every stored event, and the answer of `integrity_check`.
async fn inspect(database: &Path) -> (HashSet<Acknowledged>, String) {
    let options = SqliteConnectOptions::new().filename(database);
    let mut db = SqliteConnection::connect_with(&options)
        .await
        .expect("open the database after the cut");
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut db)
        .await
        .expect("integrity_check");
    let stored: Vec<(String, String)> =
        sqlx::query_as("SELECT user_id, idem_key FROM events WHERE idem_key IS NOT NULL")
            .fetch_all(&mut db)
            .await
            .expect("events");
    db.close().await.expect("close");
    (stored.into_iter().collect(), integrity.join("; "))
}

fn fixture() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed/instagram-aspect-ratio-138.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

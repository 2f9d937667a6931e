//! What herald keeps on disk is its user's alone: the data directory 0700, the database and
//! its WAL 0600; an existing directory or database open to others is named in a warning.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::helpers::herald_output;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("exists").permissions().mode() & 0o777
}

#[test]
fn the_data_directory_and_the_database_are_private() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let env = [("HERALD_DATA_DIR", data.display().to_string())];
    let output = herald_output(&["keys", "create", "--name", "ops"], &env);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(mode(&data), 0o700);
    for file in ["herald.db", "herald.db-wal", "herald.db-shm"] {
        let path = data.join(file);
        if file == "herald.db" || path.exists() {
            assert_eq!(mode(&path), 0o600, "{file}");
        }
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("chmod"), "nothing to warn about: {stderr}");
}

#[test]
fn a_directory_and_a_database_open_to_others_are_named_at_start() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let env = [("HERALD_DATA_DIR", data.display().to_string())];
    assert!(herald_output(&["migrate"], &env).status.success());
    let db = data.join("herald.db");
    for (path, loose) in [(&data, 0o755), (&db, 0o644)] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(loose)).expect("chmod");
    }
    let output = herald_output(&["migrate"], &env);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for path in [&data, &db] {
        let named = stderr
            .lines()
            .any(|line| line.contains("chmod go=") && line.contains(&format!("path={} ", path.display())));
        assert!(named, "{} is named: {stderr}", path.display());
    }
    assert_eq!(
        mode(&db),
        0o644,
        "the operator's permissions are left as they are"
    );
}

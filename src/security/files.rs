//! The data directory and the SQLite database hold the token-signing secret and every user's
//! data: herald creates them readable by its own user only (0700 and 0600; SQLite gives its
//! `-wal` and `-shm` files the database's mode), and warns at start when an existing one is
//! open to other local users. It does not change an operator's own permissions.

use std::fs::{DirBuilder, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Creates `dir` (and missing parents) as 0700, or warns if it exists open to others.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    warn_if_shared(dir);
    Ok(())
}

/// Creates an empty `file` as 0600 (SQLite takes an empty file for a new database), or warns
/// if it exists open to others.
pub fn private_file(file: &Path) -> io::Result<()> {
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(file)
    {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            warn_if_shared(file);
            Ok(())
        }
        Err(error) => Err(error),
    }
}

fn warn_if_shared(path: &Path) {
    let Ok(metadata) = std::fs::metadata(path) else {
        return;
    };
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        tracing::warn!(
            path = %path.display(),
            mode = format_args!("{mode:o}"),
            "other local users can read this, and with it herald's token-signing secret: run chmod go= on it"
        );
    }
}

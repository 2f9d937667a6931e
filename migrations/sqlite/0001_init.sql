-- herald's schema (SQLite). Times are UTC milliseconds since the epoch; ids are UUIDv7 text.
-- migrations/postgres/0001_init.sql holds the same schema with the same constraint names.

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT,
    name          TEXT,
    locale        TEXT,
    timezone      TEXT,
    -- Bumped by every change to the user's inbox: the inbox ETag is derived from it.
    inbox_version INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    -- SHA-256 of the key's secret part; the key itself is shown once and never stored.
    secret_hash BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);

-- Secrets herald generates for itself (the token signing key), shared by all instances.
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

-- Every ingested result, verbatim, with the response it got (returned again on replays).
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Idempotency-Key, or "ayrshare:<id>:<body hash>" derived from the result.
    idem_key    TEXT,
    body_hash   TEXT NOT NULL,
    language    TEXT,
    received_at INTEGER NOT NULL,
    body        TEXT NOT NULL,
    response    TEXT NOT NULL,
    -- Also serves the cascade when a user is deleted (user_id leads).
    CONSTRAINT events_idem_key UNIQUE (user_id, idem_key)
);

CREATE TABLE notifications (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    category         TEXT NOT NULL,
    severity         TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'expired')),
    -- While open, a repeat with the same key bumps this row instead of adding one.
    condition_key    TEXT NOT NULL,
    -- A later success that produces this key resolves the row.
    resolve_key      TEXT,
    platforms        TEXT NOT NULL, -- JSON array
    params           TEXT NOT NULL, -- JSON object, domain::classify::Params
    language         TEXT,          -- Translate-Error-Message of the latest occurrence
    occurrences      INTEGER NOT NULL,
    first_event_id   TEXT NOT NULL,
    last_event_id    TEXT NOT NULL,
    -- The occurrence that last asked for an email, and when (re-notify interval).
    emailed_event_id TEXT,
    emailed_at       INTEGER,
    created_at       INTEGER NOT NULL,
    last_seen_at     INTEGER NOT NULL,
    read_at          INTEGER,
    seen_at          INTEGER,
    archived_at      INTEGER,
    expires_at       INTEGER,
    resolved_at      INTEGER
);
-- Every index here is paid for on the ingest path (each is a random page per result), so there
-- are few: resolving finds a user's open rows through notifications_open_condition.
CREATE UNIQUE INDEX notifications_open_condition ON notifications (user_id, condition_key)
    WHERE state = 'open';
CREATE INDEX notifications_inbox ON notifications (user_id, last_seen_at, id);
CREATE INDEX notifications_expiry ON notifications (expires_at)
    WHERE state = 'open' AND expires_at IS NOT NULL;

-- Any visible change to a notification changes its user's inbox version, so no code path can
-- forget to invalidate a dashboard's ETag.
CREATE TRIGGER notifications_version_insert AFTER INSERT ON notifications
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
END;
CREATE TRIGGER notifications_version_update
AFTER UPDATE OF state, occurrences, last_seen_at, read_at, seen_at, archived_at, params
ON notifications
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
END;

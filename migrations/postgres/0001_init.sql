-- herald's schema (PostgreSQL): the same tables, columns and constraint names as
-- migrations/sqlite/0001_init.sql. Times are UTC milliseconds since the epoch; ids are
-- UUIDv7 text.

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT,
    name          TEXT,
    locale        TEXT,
    timezone      TEXT,
    inbox_version BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);

CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    secret_hash BYTEA NOT NULL,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT
);

CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BYTEA NOT NULL
);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idem_key    TEXT,
    body_hash   TEXT NOT NULL,
    language    TEXT,
    received_at BIGINT NOT NULL,
    body        TEXT NOT NULL,
    response    TEXT NOT NULL,
    CONSTRAINT events_idem_key UNIQUE (user_id, idem_key)
);

CREATE TABLE notifications (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    category         TEXT NOT NULL,
    severity         TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'expired')),
    condition_key    TEXT NOT NULL,
    resolve_key      TEXT,
    platforms        TEXT NOT NULL,
    params           TEXT NOT NULL,
    language         TEXT,
    occurrences      BIGINT NOT NULL,
    first_event_id   TEXT NOT NULL,
    last_event_id    TEXT NOT NULL,
    emailed_event_id TEXT,
    emailed_at       BIGINT,
    created_at       BIGINT NOT NULL,
    last_seen_at     BIGINT NOT NULL,
    read_at          BIGINT,
    seen_at          BIGINT,
    archived_at      BIGINT,
    expires_at       BIGINT,
    resolved_at      BIGINT
);
-- Across instances, "one open notification per condition" holds here, not in any process.
CREATE UNIQUE INDEX notifications_open_condition ON notifications (user_id, condition_key)
    WHERE state = 'open';
CREATE INDEX notifications_inbox ON notifications (user_id, last_seen_at, id);
CREATE INDEX notifications_expiry ON notifications (expires_at)
    WHERE state = 'open' AND expires_at IS NOT NULL;

-- Any visible change to a notification changes its user's inbox version (the ETag).
CREATE FUNCTION herald_bump_inbox_version() RETURNS trigger AS $$
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER notifications_version_insert AFTER INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION herald_bump_inbox_version();
CREATE TRIGGER notifications_version_update
    AFTER UPDATE OF state, occurrences, last_seen_at, read_at, seen_at, archived_at, params
    ON notifications
    FOR EACH ROW EXECUTE FUNCTION herald_bump_inbox_version();

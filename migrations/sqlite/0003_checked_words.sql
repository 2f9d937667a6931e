-- Category and severity are Rust enums (domain::catalog); the database now refuses any other
-- word, as it already did for states and statuses. SQLite cannot add a CHECK to a table, so each
-- table is rebuilt (https://sqlite.org/lang_altertable.html#otheralter): herald runs its
-- migrations on a connection with foreign keys off, so dropping the old tables cascades nothing.
-- A new word is a migration that rebuilds these tables again; tests/api/store.rs checks that the
-- constraints list exactly the enums' words.

CREATE TABLE notifications_new (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    category         TEXT NOT NULL CHECK (category IN ('account', 'billing', 'media', 'rate_limit', 'content', 'analytics', 'publish')),
    severity         TEXT NOT NULL CHECK (severity IN ('action_required', 'warning', 'info')),
    state            TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'expired')),
    -- While open, a repeat with the same key bumps this row instead of adding one.
    condition_key    TEXT NOT NULL,
    -- A later success that produces this key resolves the row.
    resolve_key      TEXT,
    platforms        TEXT NOT NULL, -- JSON array
    params           TEXT NOT NULL, -- JSON object, domain::params (versioned)
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
INSERT INTO notifications_new SELECT * FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
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

CREATE TABLE deliveries_new (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    notification_id TEXT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    event_id        TEXT NOT NULL,
    category        TEXT NOT NULL CHECK (category IN ('account', 'billing', 'media', 'rate_limit', 'content', 'analytics', 'publish')),
    -- Translate-Error-Message of the occurrence: the email's first choice of language.
    language        TEXT,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'suppressed', 'dead')),
    reason          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    run_at          INTEGER NOT NULL,
    lease_until     INTEGER,
    leased_by       TEXT,
    last_error      TEXT,
    -- The address the email went to (or would have), and the email it went out in: deliveries
    -- merged into one digest share `email_id`, from which the Message-ID is derived.
    recipient       TEXT,
    email_id        TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
INSERT INTO deliveries_new SELECT * FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_due ON deliveries (run_at) WHERE status IN ('pending', 'sending');
CREATE INDEX deliveries_user ON deliveries (user_id, status, sent_at);
CREATE INDEX deliveries_status ON deliveries (status, id);
-- Erasing a user cascades through notifications to their deliveries.
CREATE INDEX deliveries_notification ON deliveries (notification_id);

-- Opt-outs per category and channel; no row means the default (enabled).
CREATE TABLE preferences_new (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    category   TEXT NOT NULL CHECK (category IN ('account', 'billing', 'media', 'rate_limit', 'content', 'analytics', 'publish')),
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'inbox')),
    enabled    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, category, channel)
) WITHOUT ROWID;
INSERT INTO preferences_new SELECT * FROM preferences;
DROP TABLE preferences;
ALTER TABLE preferences_new RENAME TO preferences;
-- Preferences change what the inbox shows.
CREATE TRIGGER preferences_version_insert AFTER INSERT ON preferences
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
END;
CREATE TRIGGER preferences_version_update AFTER UPDATE ON preferences
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
END;
CREATE TRIGGER preferences_version_delete AFTER DELETE ON preferences
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = OLD.user_id;
END;

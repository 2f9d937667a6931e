-- Email: the outbox, preferences and suppressed addresses.

-- One row per notification occurrence that asked for an email. Written in the ingest
-- transaction; the outbox worker claims due rows with a lease, sends outside any transaction
-- and records the outcome. `reason` always says why a row is where it is.
CREATE TABLE deliveries (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    notification_id TEXT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    event_id        TEXT NOT NULL,
    category        TEXT NOT NULL,
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
CREATE INDEX deliveries_due ON deliveries (run_at) WHERE status IN ('pending', 'sending');
CREATE INDEX deliveries_user ON deliveries (user_id, status, sent_at);
CREATE INDEX deliveries_status ON deliveries (status, id);
-- Erasing a user cascades through notifications to their deliveries.
CREATE INDEX deliveries_notification ON deliveries (notification_id);

-- Opt-outs per category and channel; no row means the default (enabled).
CREATE TABLE preferences (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    category   TEXT NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'inbox')),
    enabled    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, category, channel)
) WITHOUT ROWID;

-- Addresses that bounced permanently (SMTP 5xx): no more email to them for this user until
-- the user's address changes or an operator retries.
CREATE TABLE suppressions (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, address)
) WITHOUT ROWID;

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

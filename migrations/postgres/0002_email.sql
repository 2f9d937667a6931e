-- Email: the outbox, preferences and suppressed addresses (as migrations/sqlite/0002_email.sql).

CREATE TABLE deliveries (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    notification_id TEXT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    event_id        TEXT NOT NULL,
    category        TEXT NOT NULL,
    language        TEXT,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'suppressed', 'dead')),
    reason          TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    run_at          BIGINT NOT NULL,
    lease_until     BIGINT,
    leased_by       TEXT,
    last_error      TEXT,
    recipient       TEXT,
    email_id        TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX deliveries_due ON deliveries (run_at) WHERE status IN ('pending', 'sending');
CREATE INDEX deliveries_user ON deliveries (user_id, status, sent_at);
CREATE INDEX deliveries_status ON deliveries (status, id);
-- Erasing a user cascades through notifications to their deliveries.
CREATE INDEX deliveries_notification ON deliveries (notification_id);

CREATE TABLE preferences (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    category   TEXT NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'inbox')),
    enabled    BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, category, channel)
);

CREATE TABLE suppressions (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, address)
);

CREATE FUNCTION herald_bump_inbox_version_of_preference() RETURNS trigger AS $$
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1
        WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER preferences_version AFTER INSERT OR UPDATE OR DELETE ON preferences
    FOR EACH ROW EXECUTE FUNCTION herald_bump_inbox_version_of_preference();

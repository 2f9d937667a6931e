-- Ayrshare's webhooks (migrations/postgres/0004_webhooks.sql holds the same tables).

-- The Ayrshare User Profiles (by refId) whose webhooks a user receives; a refId belongs to
-- one user at a time.
CREATE TABLE ayrshare_profiles (
    ref_id     TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
CREATE INDEX ayrshare_profiles_user ON ayrshare_profiles (user_id);

-- Webhooks whose refId no user held when they arrived, kept in arrival order (seq) until a
-- user claims the refId; then they are ingested for that user, in order, and removed.
CREATE TABLE unrouted_webhooks (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- What identifies the delivery across Ayrshare's retries (domain::webhook::Head).
    delivery_key TEXT NOT NULL UNIQUE,
    ref_id       TEXT,
    action       TEXT NOT NULL,
    body_hash    TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    body         TEXT NOT NULL
);
CREATE INDEX unrouted_webhooks_ref ON unrouted_webhooks (ref_id, seq);

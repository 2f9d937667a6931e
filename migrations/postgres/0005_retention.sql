-- Retention (store::retention): the same indexes as migrations/sqlite/0005_retention.sql, which
-- find the oldest rows of each kind of data without scanning.
CREATE INDEX events_received ON events (received_at);
CREATE INDEX notifications_closed ON notifications ((coalesce(resolved_at, expires_at, last_seen_at)))
    WHERE state <> 'open';
CREATE INDEX deliveries_finished ON deliveries (updated_at)
    WHERE status IN ('sent', 'suppressed', 'dead');
CREATE INDEX unrouted_webhooks_received ON unrouted_webhooks (received_at);

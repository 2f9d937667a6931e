-- Retention (store::retention): each kind of data is pruned by age, oldest first, in small
-- batches; these indexes find the oldest rows of each without scanning. Events and unrouted
-- webhooks are appended in time order, so their index grows at its right edge only.
CREATE INDEX events_received ON events (received_at);
CREATE INDEX notifications_closed ON notifications (coalesce(resolved_at, expires_at, last_seen_at))
    WHERE state <> 'open';
CREATE INDEX deliveries_finished ON deliveries (updated_at)
    WHERE status IN ('sent', 'suppressed', 'dead');
CREATE INDEX unrouted_webhooks_received ON unrouted_webhooks (received_at);

-- A pruned notification leaves its user's inbox: the ETag must change with it.
CREATE TRIGGER notifications_version_delete AFTER DELETE ON notifications
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = OLD.user_id;
END;

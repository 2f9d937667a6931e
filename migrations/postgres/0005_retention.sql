-- Retention (store::retention): the same indexes as migrations/sqlite/0005_retention.sql, which
-- find the oldest rows of each kind of data without scanning.
CREATE INDEX events_received ON events (received_at);
CREATE INDEX notifications_closed ON notifications ((coalesce(resolved_at, expires_at, last_seen_at)))
    WHERE state <> 'open';
CREATE INDEX deliveries_finished ON deliveries (updated_at)
    WHERE status IN ('sent', 'suppressed', 'dead');
CREATE INDEX unrouted_webhooks_received ON unrouted_webhooks (received_at);

-- A pruned notification leaves its user's inbox: the ETag must change with it. The version
-- function of 0001 learns to read the deleted row.
CREATE OR REPLACE FUNCTION herald_bump_inbox_version() RETURNS trigger AS $$
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER notifications_version_delete AFTER DELETE ON notifications
    FOR EACH ROW EXECUTE FUNCTION herald_bump_inbox_version();

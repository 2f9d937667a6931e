-- The live inbox (issue 11): every notification records the inbox version at which it last
-- changed, so `GET …/inbox/changes?since=V` is a range of one index; a user's `inbox_floor`
-- is the version of the last change the feed cannot express (a deleted notification, a
-- preference or profile change that hides or re-renders items): a client whose version is
-- older must reload the inbox.
ALTER TABLE users ADD COLUMN inbox_floor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE notifications
SET version = (SELECT inbox_version FROM users WHERE users.id = notifications.user_id);
CREATE INDEX notifications_changes ON notifications (user_id, version);

-- Each changed row takes the version its change produced: versions are distinct within an
-- inbox, so the feed can page by version alone. (`version` is not among the columns that
-- fire the update trigger, so stamping it does not bump again.)
DROP TRIGGER notifications_version_insert;
CREATE TRIGGER notifications_version_insert AFTER INSERT ON notifications
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
    UPDATE notifications SET version = (SELECT inbox_version FROM users WHERE id = NEW.user_id)
    WHERE rowid = NEW.rowid;
END;
DROP TRIGGER notifications_version_update;
CREATE TRIGGER notifications_version_update
AFTER UPDATE OF state, occurrences, last_seen_at, read_at, seen_at, archived_at, params
ON notifications
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
    UPDATE notifications SET version = (SELECT inbox_version FROM users WHERE id = NEW.user_id)
    WHERE rowid = NEW.rowid;
END;

-- A deleted row cannot be told as a change: clients older than this must reload.
DROP TRIGGER notifications_version_delete;
CREATE TRIGGER notifications_version_delete AFTER DELETE ON notifications
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1, inbox_floor = inbox_version + 1
    WHERE id = OLD.user_id;
END;

-- A preference can hide a whole category from the inbox: likewise a reload.
DROP TRIGGER preferences_version_insert;
DROP TRIGGER preferences_version_update;
DROP TRIGGER preferences_version_delete;
CREATE TRIGGER preferences_version_insert AFTER INSERT ON preferences
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1, inbox_floor = inbox_version + 1
    WHERE id = NEW.user_id;
END;
CREATE TRIGGER preferences_version_update AFTER UPDATE ON preferences
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1, inbox_floor = inbox_version + 1
    WHERE id = NEW.user_id;
END;
CREATE TRIGGER preferences_version_delete AFTER DELETE ON preferences
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1, inbox_floor = inbox_version + 1
    WHERE id = OLD.user_id;
END;

-- Ingest stamps the inbox versions itself (store::sqlite::batch): each batch bumps a user's
-- version once and writes it into every row it changes, instead of these triggers updating
-- the user and then the row a second time for every notification. The triggers stay for
-- every other write (read marks, archive, retention, hand edits): they fire only when the
-- statement left the version alone.
DROP TRIGGER notifications_version_insert;
CREATE TRIGGER notifications_version_insert AFTER INSERT ON notifications
WHEN NEW.version = 0
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
    UPDATE notifications SET version = (SELECT inbox_version FROM users WHERE id = NEW.user_id)
    WHERE rowid = NEW.rowid;
END;
DROP TRIGGER notifications_version_update;
CREATE TRIGGER notifications_version_update
AFTER UPDATE OF state, occurrences, last_seen_at, read_at, seen_at, archived_at, params
ON notifications
WHEN NEW.version = OLD.version
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id;
    UPDATE notifications SET version = (SELECT inbox_version FROM users WHERE id = NEW.user_id)
    WHERE rowid = NEW.rowid;
END;

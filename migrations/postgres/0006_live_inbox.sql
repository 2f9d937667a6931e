-- The live inbox (issue 11): every notification records the inbox version at which it last
-- changed, so `GET …/inbox/changes?since=V` is a range of one index; a user's `inbox_floor`
-- is the version of the last change the feed cannot express (a deleted notification, a
-- preference or profile change that hides or re-renders items): a client whose version is
-- older must reload the inbox.
ALTER TABLE users ADD COLUMN inbox_floor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
UPDATE notifications n SET version = u.inbox_version FROM users u WHERE u.id = n.user_id;
CREATE INDEX notifications_changes ON notifications (user_id, version);

-- Each changed row takes the version its change produced, in the same statement that bumps
-- the inbox (a BEFORE trigger may set NEW): versions are distinct within an inbox, so the feed
-- can page by version alone. An upsert that conflicts has bumped once already, for its insert
-- attempt, and carries that version into its update (`version = excluded.version`): the
-- update keeps it rather than bumping again.
DROP TRIGGER notifications_version_insert ON notifications;
DROP TRIGGER notifications_version_update ON notifications;
CREATE FUNCTION herald_stamp_inbox_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.version > OLD.version THEN
        RETURN NEW;
    END IF;
    UPDATE users SET inbox_version = inbox_version + 1 WHERE id = NEW.user_id
    RETURNING inbox_version INTO NEW.version;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER notifications_version_insert BEFORE INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION herald_stamp_inbox_version();
CREATE TRIGGER notifications_version_update
    BEFORE UPDATE OF state, occurrences, last_seen_at, read_at, seen_at, archived_at, params
    ON notifications
    FOR EACH ROW EXECUTE FUNCTION herald_stamp_inbox_version();

-- Deletes (and, below, preferences) cannot be told as changes: clients older must reload.
-- Only the delete trigger still uses this function.
CREATE OR REPLACE FUNCTION herald_bump_inbox_version() RETURNS trigger AS $$
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1, inbox_floor = inbox_version + 1
    WHERE id = OLD.user_id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE OR REPLACE FUNCTION herald_bump_inbox_version_of_preference() RETURNS trigger AS $$
BEGIN
    UPDATE users SET inbox_version = inbox_version + 1, inbox_floor = inbox_version + 1
        WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- The change bus between instances (`live::bus`) is fed by the statements that change
-- inboxes: the ingest batch and `Db::inbox_versions` notify `herald_inbox` with the new
-- versions, in the transaction or right after the change. (Statement-level triggers with
-- transition tables did the same for every path but cost 40 % of ingest: measured with the load
-- harness, 8.5 % of the ceiling before, 5.2 % with them.) Profile changes and erasures, which
-- are rare, notify from row triggers.
-- A profile change (PUT) re-renders the inbox; an erased user is gone (version -1).
CREATE FUNCTION herald_notify_user() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('herald_inbox', OLD.id || ' -1');
    ELSE
        PERFORM pg_notify('herald_inbox', NEW.id || ' ' || NEW.inbox_version);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER users_notify_profile AFTER UPDATE OF email, name, locale, timezone ON users
    FOR EACH ROW EXECUTE FUNCTION herald_notify_user();
CREATE TRIGGER users_notify_erase AFTER DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION herald_notify_user();

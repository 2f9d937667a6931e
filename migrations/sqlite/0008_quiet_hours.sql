-- Quiet hours (domain::quiet_hours): a user's daily window without email, `22:00-08:00` on
-- their clock; NULL: the configured default ([email] quiet_hours), if any.
ALTER TABLE users ADD COLUMN quiet_hours TEXT;

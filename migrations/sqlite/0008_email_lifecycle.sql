-- Quiet hours (domain::quiet_hours): a user's daily window without email, `22:00-08:00` on
-- their clock; NULL: the configured default ([email] quiet_hours), if any.
ALTER TABLE users ADD COLUMN quiet_hours TEXT;
-- When a delivery was first claimed for sending (its attempts are counted from there, not
-- from when it was queued: an email may wait weeks for a deadline or hours for quiet hours).
ALTER TABLE deliveries ADD COLUMN first_tried_at INTEGER;

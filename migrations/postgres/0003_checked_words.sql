-- Category and severity are Rust enums (domain::catalog); the database now refuses any other
-- word, as it already did for states and statuses. tests/api/store.rs checks that the
-- constraints list exactly the enums' words.
ALTER TABLE notifications
    ADD CONSTRAINT notifications_category_check CHECK (category IN ('account', 'billing', 'media', 'rate_limit', 'content', 'analytics', 'publish')),
    ADD CONSTRAINT notifications_severity_check CHECK (severity IN ('action_required', 'warning', 'info'));
ALTER TABLE deliveries
    ADD CONSTRAINT deliveries_category_check CHECK (category IN ('account', 'billing', 'media', 'rate_limit', 'content', 'analytics', 'publish'));
ALTER TABLE preferences
    ADD CONSTRAINT preferences_category_check CHECK (category IN ('account', 'billing', 'media', 'rate_limit', 'content', 'analytics', 'publish'));

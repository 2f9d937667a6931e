-- Token generations (security::token): a token carries the generation of its user's tokens
-- at issue and is honoured only while that is still the user's generation. Deleting a user
-- or revoking their tokens bumps it. The row outlives the user, so that links mailed before
-- a deletion never open anything again, not even for a new user with the same id; it holds
-- only the id and a counter. No row: generation 0.
CREATE TABLE token_generations (
    user_id TEXT PRIMARY KEY,
    generation BIGINT NOT NULL,
    changed_at BIGINT NOT NULL
);

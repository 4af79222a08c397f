-- V22 add_feedback (later era): thumbs up / down on answers, for the model leaderboard.
-- The rating is -1, 0 or 1: a check constraint, the same in both dialects.
CREATE TABLE "feedback" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    type TEXT NOT NULL,
    rating INTEGER,
    data JSONB,
    meta JSONB,
    snapshot JSONB,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT feedback_rating_check CHECK (rating IN (-1, 0, 1))
);
CREATE INDEX feedback_user_id_idx ON "feedback" (user_id);

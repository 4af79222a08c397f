-- V22 add_feedback (later era): thumbs up / down on answers, for the model leaderboard.
-- The rating is -1, 0 or 1: a check constraint, the same in both dialects.
CREATE TABLE "feedback" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    type TEXT NOT NULL,
    rating INTEGER,
    data TEXT,
    meta TEXT,
    snapshot TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT feedback_rating_check CHECK (rating IN (-1, 0, 1))
);
CREATE INDEX feedback_user_id_idx ON "feedback" (user_id);

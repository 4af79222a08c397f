-- V29 add_oauth_session (later era): OAuth tokens kept server-side; expired sessions are swept by expires_at.
CREATE TABLE "oauth_session" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    token TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX oauth_session_user_id_provider_idx ON "oauth_session" (user_id, provider);
CREATE INDEX oauth_session_expires_at_idx ON "oauth_session" (expires_at);

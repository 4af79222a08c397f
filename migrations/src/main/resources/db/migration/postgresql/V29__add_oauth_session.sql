-- V29 add_oauth_session (later era): OAuth tokens kept server-side; expired sessions are swept by expires_at.
CREATE TABLE "oauth_session" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    token JSONB NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX oauth_session_user_id_provider_idx ON "oauth_session" (user_id, provider);
CREATE INDEX oauth_session_expires_at_idx ON "oauth_session" (expires_at);

-- V23 add_channel_and_message (later era): chat rooms between users; messages thread through parent_id.
CREATE TABLE "channel" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    type TEXT,
    name TEXT NOT NULL,
    description TEXT,
    data JSONB,
    meta JSONB,
    access_control JSONB,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE "message" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    channel_id TEXT NOT NULL REFERENCES "channel" (id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES "message" (id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    data JSONB,
    meta JSONB,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX message_channel_id_created_at_idx ON "message" (channel_id, created_at);
CREATE INDEX message_parent_id_idx ON "message" (parent_id);

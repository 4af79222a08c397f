-- V24 add_message_reaction (later era): emoji reactions, one per user, message and emoji.
CREATE TABLE "message_reaction" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    message_id TEXT NOT NULL REFERENCES "message" (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT message_reaction_message_id_user_id_name_key UNIQUE (message_id, user_id, name)
);

-- V21 add_memory (later era): facts the assistant remembers about a user.
CREATE TABLE "memory" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX memory_user_id_idx ON "memory" (user_id);

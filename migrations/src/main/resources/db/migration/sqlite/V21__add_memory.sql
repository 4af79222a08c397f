-- V21 add_memory (later era): facts the assistant remembers about a user.
CREATE TABLE "memory" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX memory_user_id_idx ON "memory" (user_id);

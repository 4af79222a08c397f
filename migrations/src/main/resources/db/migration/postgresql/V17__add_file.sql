-- V17 add_file (later era): uploaded files, with their extracted data and metadata as JSON.
CREATE TABLE "file" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    hash TEXT,
    filename TEXT NOT NULL,
    path TEXT,
    data JSONB,
    meta JSONB,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX file_user_id_idx ON "file" (user_id);

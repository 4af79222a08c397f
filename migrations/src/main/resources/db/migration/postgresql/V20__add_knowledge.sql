-- V20 add_knowledge (later era): knowledge bases, collections of files used for retrieval.
CREATE TABLE "knowledge" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    data JSONB,
    meta JSONB,
    access_control JSONB,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX knowledge_user_id_idx ON "knowledge" (user_id);

CREATE TABLE "knowledge_file" (
    knowledge_id TEXT NOT NULL REFERENCES "knowledge" (id) ON DELETE CASCADE,
    file_id TEXT NOT NULL REFERENCES "file" (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (knowledge_id, file_id)
);
CREATE INDEX knowledge_file_file_id_idx ON "knowledge_file" (file_id);

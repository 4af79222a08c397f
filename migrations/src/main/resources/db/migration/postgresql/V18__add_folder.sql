-- V18 add_folder (later era): folders of chats, a tree (parent_id references folder itself).
CREATE TABLE "folder" (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES "folder" (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    items JSONB,
    meta JSONB,
    is_expanded BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT folder_user_id_parent_id_name_key UNIQUE (user_id, parent_id, name)
);
CREATE INDEX folder_parent_id_idx ON "folder" (parent_id);

-- V19 rebuild_chat_for_folders (later era): chat titles lose their 255-character limit, chats can be pinned
-- and filed in a folder.
-- Hard case: SQLITE TABLE REBUILD for a COLUMN TYPE CHANGE (title VARCHAR(255) -> TEXT) together with a new
-- NOT NULL column (pinned) and a new FOREIGN KEY (folder_id -> folder). SQLite cannot change a column's type,
-- so: create the new table, copy, drop the old one, rename, recreate the indexes. No table references "chat"
-- any more (chat_tag went in V16), so dropping it cascades nothing.
CREATE TABLE "chat_new" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title TEXT NOT NULL,
    chat TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    share_id TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    tags TEXT NOT NULL DEFAULT '[]',
    pinned INTEGER NOT NULL DEFAULT 0,
    folder_id TEXT REFERENCES "folder" (id) ON DELETE SET NULL
);
INSERT INTO "chat_new" (id, user_id, title, chat, created_at, updated_at, share_id, archived, tags)
SELECT id, user_id, title, chat, created_at, updated_at, share_id, archived, tags FROM "chat";
DROP TABLE "chat";
ALTER TABLE "chat_new" RENAME TO "chat";
CREATE UNIQUE INDEX chat_share_id_key ON "chat" (share_id);
CREATE INDEX chat_user_id_updated_at_idx ON "chat" (user_id, updated_at) WHERE archived = 0;
CREATE INDEX chat_tags_idx ON "chat" (tags);
CREATE INDEX chat_folder_id_idx ON "chat" (folder_id);

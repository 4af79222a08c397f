-- V19 rebuild_chat_for_folders (later era): chat titles lose their 255-character limit, chats can be pinned
-- and filed in a folder.
-- Hard case: COLUMN TYPE CHANGE (title VARCHAR(255) -> TEXT) with a new NOT NULL column (pinned) and a new
-- FOREIGN KEY (folder_id -> folder). PostgreSQL alters the table in place; SQLite rebuilds it.
ALTER TABLE "chat" ALTER COLUMN title TYPE TEXT;
ALTER TABLE "chat" ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE "chat" ADD COLUMN folder_id TEXT REFERENCES "folder" (id) ON DELETE SET NULL;
CREATE INDEX chat_folder_id_idx ON "chat" (folder_id);

-- Undo V19 rebuild_chat_for_folders: the same rebuild backwards. The CREATE TABLE text below is, byte for byte,
-- the one SQLite held before V19: V2's table plus the columns V3, V5 and V16 appended with ALTER TABLE ADD COLUMN
-- (SQLite splices each added column in front of the closing parenthesis, hence the odd layout).
CREATE TABLE "chat_old" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title VARCHAR(255) NOT NULL,
    chat TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
, share_id TEXT, archived INTEGER NOT NULL DEFAULT 0, tags TEXT NOT NULL DEFAULT '[]');
INSERT INTO "chat_old" (id, user_id, title, chat, created_at, updated_at, share_id, archived, tags)
SELECT id, user_id, title, chat, created_at, updated_at, share_id, archived, tags FROM "chat";
DROP TABLE "chat";
ALTER TABLE "chat_old" RENAME TO "chat";
CREATE UNIQUE INDEX chat_share_id_key ON "chat" (share_id);
CREATE INDEX chat_user_id_updated_at_idx ON "chat" (user_id, updated_at) WHERE archived = 0;
CREATE INDEX chat_tags_idx ON "chat" (tags);

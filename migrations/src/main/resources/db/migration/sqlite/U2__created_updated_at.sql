-- Undo V2 created_updated_at: rebuild "user" and "chat" exactly as V1 created them, "timestamp" taken from created_at.

CREATE TABLE "user_old" (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT 'pending',
    profile_image_url TEXT NOT NULL DEFAULT '/user.png',
    timestamp INTEGER NOT NULL
);
INSERT INTO "user_old" (id, name, email, role, profile_image_url, timestamp)
SELECT id, name, email, role, profile_image_url, created_at FROM "user";
DROP TABLE "user";
ALTER TABLE "user_old" RENAME TO "user";

CREATE TEMP TABLE "keep_chat_tag" AS SELECT * FROM "chat_tag";
DELETE FROM "chat_tag";
CREATE TABLE "chat_old" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title VARCHAR(255) NOT NULL,
    chat TEXT NOT NULL,
    timestamp INTEGER NOT NULL
);
INSERT INTO "chat_old" (id, user_id, title, chat, timestamp)
SELECT id, user_id, title, chat, created_at FROM "chat";
DROP TABLE "chat";
ALTER TABLE "chat_old" RENAME TO "chat";
INSERT INTO "chat_tag" (id, tag_name, chat_id, user_id, timestamp)
SELECT id, tag_name, chat_id, user_id, timestamp FROM "keep_chat_tag";
DROP TABLE "keep_chat_tag";

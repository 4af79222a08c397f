-- V2 created_updated_at (early era): "user" and "chat" get created_at / updated_at (and "user" last_active_at)
-- in place of the single "timestamp" column.
-- Hard case: BACKFILL. The new columns are NOT NULL without a default and are filled from "timestamp".
-- SQLite cannot add a NOT NULL column without a default, so both tables are rebuilt
-- (create new, copy, drop, rename). "chat" is the parent of "chat_tag" (ON DELETE CASCADE): its links are
-- kept aside in a temporary table and put back, so that dropping the old "chat" cannot cascade them away
-- whether or not foreign keys are enforced on the connection.

CREATE TABLE "user_new" (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT 'pending',
    profile_image_url TEXT NOT NULL DEFAULT '/user.png',
    last_active_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO "user_new" (id, name, email, role, profile_image_url, last_active_at, updated_at, created_at)
SELECT id, name, email, role, profile_image_url, timestamp, timestamp, timestamp FROM "user";
DROP TABLE "user";
ALTER TABLE "user_new" RENAME TO "user";

CREATE TEMP TABLE "keep_chat_tag" AS SELECT * FROM "chat_tag";
DELETE FROM "chat_tag";
CREATE TABLE "chat_new" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title VARCHAR(255) NOT NULL,
    chat TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
INSERT INTO "chat_new" (id, user_id, title, chat, created_at, updated_at)
SELECT id, user_id, title, chat, timestamp, timestamp FROM "chat";
DROP TABLE "chat";
ALTER TABLE "chat_new" RENAME TO "chat";
INSERT INTO "chat_tag" (id, tag_name, chat_id, user_id, timestamp)
SELECT id, tag_name, chat_id, user_id, timestamp FROM "keep_chat_tag";
DROP TABLE "keep_chat_tag";

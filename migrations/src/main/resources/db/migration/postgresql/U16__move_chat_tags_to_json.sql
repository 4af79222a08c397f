-- Undo V16 move_chat_tags_to_json: chat_tag comes back exactly as V1 created it (with its V15 index),
-- one row per element of chat.tags. Elements written by the application after V16 may lack id, user_id or
-- timestamp: those are derived from the chat.
CREATE TABLE "chat_tag" (
    id TEXT PRIMARY KEY,
    tag_name TEXT NOT NULL,
    chat_id TEXT NOT NULL REFERENCES "chat" (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    "timestamp" BIGINT NOT NULL
);
INSERT INTO "chat_tag" (id, tag_name, chat_id, user_id, "timestamp")
SELECT coalesce(e.value ->> 'id', c.id || ':' || (e.value ->> 'name')),
       e.value ->> 'name',
       c.id,
       coalesce(e.value ->> 'user_id', c.user_id),
       coalesce((e.value ->> 'timestamp')::BIGINT, c.updated_at)
FROM "chat" c, jsonb_array_elements(c.tags) e;
CREATE INDEX chat_tag_chat_id_idx ON "chat_tag" (chat_id);
DROP INDEX chat_tags_idx;
ALTER TABLE "chat" DROP COLUMN tags;

-- V16 move_chat_tags_to_json (later era): a chat's tags live in a JSONB array on the chat itself,
-- the chat_tag link table goes. Hard case: DATA MIGRATION that moves rows into a JSON column.
-- Every link row becomes one element {"id", "name", "user_id", "timestamp"}, in id order, so that the undo can
-- put the rows back one for one. A GIN index serves "chats with this tag" (tags @> '[{"name": "work"}]').
ALTER TABLE "chat" ADD COLUMN tags JSONB NOT NULL DEFAULT '[]';
UPDATE "chat" c SET tags = t.tags
FROM (
    SELECT chat_id,
           jsonb_agg(jsonb_build_object('id', id, 'name', tag_name, 'user_id', user_id, 'timestamp', "timestamp")
                     ORDER BY id) AS tags
    FROM "chat_tag"
    GROUP BY chat_id
) t
WHERE t.chat_id = c.id;
CREATE INDEX chat_tags_idx ON "chat" USING gin (tags);
DROP TABLE "chat_tag";

-- V16 move_chat_tags_to_json (later era): a chat's tags live in a JSON array on the chat itself,
-- the chat_tag link table goes. Hard case: DATA MIGRATION that moves rows into a JSON column.
-- Every link row becomes one element {"id", "name", "user_id", "timestamp"}, in id order, so that the undo can
-- put the rows back one for one. SQLite has no GIN index: a plain index on the JSON text keeps the indexed
-- columns the same as in PostgreSQL (where chat_tags_idx is a GIN index).
ALTER TABLE "chat" ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
UPDATE "chat" SET tags = (
    SELECT json_group_array(json(element))
    FROM (
        SELECT json_object('id', t.id, 'name', t.tag_name, 'user_id', t.user_id, 'timestamp', t.timestamp) AS element
        FROM "chat_tag" t
        WHERE t.chat_id = "chat".id
        ORDER BY t.id
    )
);
CREATE INDEX chat_tags_idx ON "chat" (tags);
DROP TABLE "chat_tag";

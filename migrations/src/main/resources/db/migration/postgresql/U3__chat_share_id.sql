-- Undo V3 chat_share_id.
DROP INDEX chat_share_id_key;
ALTER TABLE "chat" DROP COLUMN share_id;

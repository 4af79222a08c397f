-- Undo V3 chat_share_id. SQLite refuses to drop an indexed column, so the index goes first.
DROP INDEX chat_share_id_key;
ALTER TABLE "chat" DROP COLUMN share_id;

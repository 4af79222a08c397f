-- Undo V5 chat_archived.
ALTER TABLE "chat" DROP COLUMN archived;

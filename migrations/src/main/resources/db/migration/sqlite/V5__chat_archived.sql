-- V5 chat_archived (early era): chats can be archived. BOOLEAN is INTEGER 0/1 in SQLite.
ALTER TABLE "chat" ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

-- V5 chat_archived (early era): chats can be archived.
ALTER TABLE "chat" ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;

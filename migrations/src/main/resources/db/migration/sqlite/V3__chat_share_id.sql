-- V3 chat_share_id (early era): local sharing of chats. A shared chat is a snapshot row whose share_id
-- points back at the original; the unique index keeps one share per chat.
ALTER TABLE "chat" ADD COLUMN share_id TEXT;
CREATE UNIQUE INDEX chat_share_id_key ON "chat" (share_id);

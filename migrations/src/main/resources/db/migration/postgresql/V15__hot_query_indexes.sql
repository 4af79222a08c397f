-- V15 hot_query_indexes (later era, its first release): indexes for the queries the chat list runs all day.
-- The chat list shows a user's chats that are not archived, newest first: a partial index.
CREATE INDEX chat_user_id_updated_at_idx ON "chat" (user_id, updated_at) WHERE archived = FALSE;
CREATE INDEX chat_tag_chat_id_idx ON "chat_tag" (chat_id);
CREATE INDEX tag_user_id_idx ON "tag" (user_id);
CREATE INDEX model_user_id_idx ON "model" (user_id);

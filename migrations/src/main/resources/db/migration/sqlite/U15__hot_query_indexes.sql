-- Undo V15 hot_query_indexes.
DROP INDEX model_user_id_idx;
DROP INDEX tag_user_id_idx;
DROP INDEX chat_tag_chat_id_idx;
DROP INDEX chat_user_id_updated_at_idx;

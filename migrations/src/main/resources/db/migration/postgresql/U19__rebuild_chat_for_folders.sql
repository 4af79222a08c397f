-- Undo V19 rebuild_chat_for_folders. Narrowing title back to VARCHAR(255) fails, on purpose, if a title longer
-- than 255 characters was written after V19: truncating it silently would lose data without saying so.
DROP INDEX chat_folder_id_idx;
ALTER TABLE "chat" DROP COLUMN folder_id;
ALTER TABLE "chat" DROP COLUMN pinned;
ALTER TABLE "chat" ALTER COLUMN title TYPE VARCHAR(255);

-- Undo V10 function_is_active.
ALTER TABLE "function" DROP COLUMN is_active;

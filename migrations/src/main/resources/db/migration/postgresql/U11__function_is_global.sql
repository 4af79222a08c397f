-- Undo V11 function_is_global.
ALTER TABLE "function" DROP COLUMN is_global;

-- V11 function_is_global (early era): a function can apply to every model.
ALTER TABLE "function" ADD COLUMN is_global INTEGER NOT NULL DEFAULT 0;

-- V10 function_is_active (early era): functions can be switched off.
ALTER TABLE "function" ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT FALSE;

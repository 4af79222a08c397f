-- Undo V4 auth_api_key.
DROP INDEX auth_api_key_key;
ALTER TABLE "auth" DROP COLUMN api_key;

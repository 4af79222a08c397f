-- V4 auth_api_key (early era): one API key per account, unique when set.
ALTER TABLE "auth" ADD COLUMN api_key TEXT;
CREATE UNIQUE INDEX auth_api_key_key ON "auth" (api_key);

-- V12 user_settings_info (early era): per-user settings and profile info, JSON documents.
ALTER TABLE "user" ADD COLUMN settings JSONB;
ALTER TABLE "user" ADD COLUMN info JSONB;

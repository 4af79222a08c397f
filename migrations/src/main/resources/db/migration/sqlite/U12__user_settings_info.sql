-- Undo V12 user_settings_info.
ALTER TABLE "user" DROP COLUMN info;
ALTER TABLE "user" DROP COLUMN settings;

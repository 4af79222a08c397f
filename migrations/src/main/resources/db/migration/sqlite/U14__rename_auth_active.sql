-- Undo V14 rename_auth_active.
ALTER TABLE "auth" RENAME COLUMN is_active TO active;

-- V14 rename_auth_active (early era, its last release): auth.active becomes auth.is_active, like the other flags.
-- Hard case: COLUMN RENAME.
ALTER TABLE "auth" RENAME COLUMN active TO is_active;

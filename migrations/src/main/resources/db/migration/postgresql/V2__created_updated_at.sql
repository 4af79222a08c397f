-- V2 created_updated_at (early era): "user" and "chat" get created_at / updated_at (and "user" last_active_at)
-- in place of the single "timestamp" column.
-- Hard case: BACKFILL. The new columns are added nullable, filled from "timestamp", then made NOT NULL.
-- "timestamp" is the last column of both tables, so the undo puts it back in its place.

ALTER TABLE "user"
    ADD COLUMN last_active_at BIGINT,
    ADD COLUMN updated_at BIGINT,
    ADD COLUMN created_at BIGINT;
UPDATE "user" SET last_active_at = "timestamp", updated_at = "timestamp", created_at = "timestamp";
ALTER TABLE "user"
    ALTER COLUMN last_active_at SET NOT NULL,
    ALTER COLUMN updated_at SET NOT NULL,
    ALTER COLUMN created_at SET NOT NULL,
    DROP COLUMN "timestamp";

ALTER TABLE "chat"
    ADD COLUMN created_at BIGINT,
    ADD COLUMN updated_at BIGINT;
UPDATE "chat" SET created_at = "timestamp", updated_at = "timestamp";
ALTER TABLE "chat"
    ALTER COLUMN created_at SET NOT NULL,
    ALTER COLUMN updated_at SET NOT NULL,
    DROP COLUMN "timestamp";

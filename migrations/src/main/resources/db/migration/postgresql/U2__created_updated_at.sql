-- Undo V2 created_updated_at: "timestamp" comes back (from created_at) as the last column, the new columns go.

ALTER TABLE "user" ADD COLUMN "timestamp" BIGINT;
UPDATE "user" SET "timestamp" = created_at;
ALTER TABLE "user"
    ALTER COLUMN "timestamp" SET NOT NULL,
    DROP COLUMN last_active_at,
    DROP COLUMN updated_at,
    DROP COLUMN created_at;

ALTER TABLE "chat" ADD COLUMN "timestamp" BIGINT;
UPDATE "chat" SET "timestamp" = created_at;
ALTER TABLE "chat"
    ALTER COLUMN "timestamp" SET NOT NULL,
    DROP COLUMN created_at,
    DROP COLUMN updated_at;

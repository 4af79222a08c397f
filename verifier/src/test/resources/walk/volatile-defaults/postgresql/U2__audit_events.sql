ALTER TABLE events
    DROP COLUMN created_at,
    DROP COLUMN stamp,
    DROP COLUMN epoch,
    DROP COLUMN luck,
    DROP COLUMN token,
    DROP COLUMN label;

ALTER TABLE events DROP COLUMN position;

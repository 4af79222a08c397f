ALTER TABLE threads DROP COLUMN summary;

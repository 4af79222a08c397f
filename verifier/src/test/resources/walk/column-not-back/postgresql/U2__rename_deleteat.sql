ALTER TABLE threads DROP COLUMN threaddeleteat;

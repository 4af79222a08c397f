ALTER TABLE threads ADD COLUMN threaddeleteat BIGINT;
ALTER TABLE threads DROP COLUMN IF EXISTS deleteat;

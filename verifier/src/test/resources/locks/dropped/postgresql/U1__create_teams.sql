-- an undo written as the reverse of several ups: it touches the table before it drops it
CREATE INDEX IF NOT EXISTS teams_name_idx ON teams (name);
ALTER TABLE teams ALTER COLUMN id TYPE bigint;
ALTER TABLE teams ALTER COLUMN name SET NOT NULL;
ALTER TABLE teams ADD CONSTRAINT teams_owner_check CHECK (owner <> '');
DROP TABLE IF EXISTS teams;

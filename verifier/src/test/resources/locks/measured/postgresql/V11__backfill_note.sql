ALTER TABLE account ADD COLUMN note TEXT;
UPDATE account SET note = 'note ' || id;

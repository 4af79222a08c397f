ALTER TABLE account DROP COLUMN created_at;

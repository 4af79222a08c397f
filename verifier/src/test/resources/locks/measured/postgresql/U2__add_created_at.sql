-- stairway:lossy account.created_at
-- now() is read again when the column is added again: the re-up cannot reproduce the first up's timestamps.
ALTER TABLE account DROP COLUMN created_at;

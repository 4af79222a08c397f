ALTER TABLE account DROP CONSTRAINT account_note_not_null;
ALTER TABLE account ADD CONSTRAINT account_note_not_null CHECK (note IS NOT NULL) NOT VALID;

ALTER TABLE account DROP CONSTRAINT account_note_not_null;

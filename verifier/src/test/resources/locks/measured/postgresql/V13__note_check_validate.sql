ALTER TABLE account VALIDATE CONSTRAINT account_note_not_null;

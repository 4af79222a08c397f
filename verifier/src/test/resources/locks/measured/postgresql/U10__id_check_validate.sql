-- A validated constraint cannot be made NOT VALID again: drop it and add it back unvalidated.
ALTER TABLE account DROP CONSTRAINT account_id_check;
ALTER TABLE account ADD CONSTRAINT account_id_check CHECK (id > 0) NOT VALID;

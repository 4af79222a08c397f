ALTER TABLE account ADD CONSTRAINT account_id_check CHECK (id > 0) NOT VALID;

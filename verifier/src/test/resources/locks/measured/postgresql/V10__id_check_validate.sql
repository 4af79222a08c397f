ALTER TABLE account VALIDATE CONSTRAINT account_id_check;

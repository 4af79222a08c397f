ALTER TABLE account DROP CONSTRAINT account_id_check;

ALTER TABLE account DROP CONSTRAINT account_balance_check;

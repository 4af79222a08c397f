DELETE FROM accounts_tmp WHERE id IN (SELECT id FROM accounts);

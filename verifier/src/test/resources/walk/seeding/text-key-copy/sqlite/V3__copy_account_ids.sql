-- the application's own rows: every account id, copied into the other table
INSERT INTO accounts_tmp SELECT id FROM accounts;

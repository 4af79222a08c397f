DROP TABLE accounts_tmp;

CREATE TABLE accounts_tmp (
    id TEXT PRIMARY KEY
);

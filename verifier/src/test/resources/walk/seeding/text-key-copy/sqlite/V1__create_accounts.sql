CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

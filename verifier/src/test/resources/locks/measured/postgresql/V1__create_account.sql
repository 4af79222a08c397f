CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    email TEXT,
    balance INTEGER NOT NULL
);
INSERT INTO account (id, email, balance) VALUES (1, 'ada@example.org', 10), (2, 'bob@example.org', 20),
    (3, 'cy@example.org', 30);

-- The customers as the shop writes them: every address has an '@', which V3 comes to require.
INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@example.org');
INSERT INTO customers (id, name, email) VALUES (2, 'Grace', 'grace@example.org');

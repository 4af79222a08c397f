-- Rows as the application writes them, in place before V2 is walked (V1 created the table)
INSERT INTO users (id, email, role) VALUES
    (1, 'ann@example.org', 'admin'),
    (2, 'bob@example.org', 'member');

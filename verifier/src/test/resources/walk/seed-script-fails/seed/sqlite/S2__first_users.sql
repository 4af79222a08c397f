INSERT INTO users (id, name) VALUES (1, 'ann');
INSERT INTO users (id, nme) VALUES (2, 'bob');

INSERT INTO users (id, name) VALUES (1632001, 'admin');

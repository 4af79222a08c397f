CREATE TABLE users_old (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL
);
INSERT INTO users_old (id, email, role) SELECT id, email, role FROM users;
DROP TABLE users;
ALTER TABLE users_old RENAME TO users;

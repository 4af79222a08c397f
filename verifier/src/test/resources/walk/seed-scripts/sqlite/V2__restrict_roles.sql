CREATE TABLE users_new (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'member'))
);
INSERT INTO users_new (id, email, role) SELECT id, email, role FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

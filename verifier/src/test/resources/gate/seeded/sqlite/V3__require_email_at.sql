-- SQLite adds a check with a rebuild of the table.
CREATE TABLE customers_new (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL CONSTRAINT customers_email_at CHECK (email LIKE '%_@_%')
);
INSERT INTO customers_new (id, name, email) SELECT id, name, email FROM customers;
DROP TABLE customers;
ALTER TABLE customers_new RENAME TO customers;

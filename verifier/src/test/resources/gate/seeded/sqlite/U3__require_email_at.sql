CREATE TABLE customers_old (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL
);
INSERT INTO customers_old (id, name, email) SELECT id, name, email FROM customers;
DROP TABLE customers;
ALTER TABLE customers_old RENAME TO customers;

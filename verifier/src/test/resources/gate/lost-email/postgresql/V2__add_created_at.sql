-- Rebuilds customers with a created_at column, and forgets to copy the e-mail addresses.
CREATE TABLE customers_new (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    created_at INTEGER NOT NULL DEFAULT 0
);
INSERT INTO customers_new (id, name) SELECT id, name FROM customers;
DROP TABLE customers;
ALTER TABLE customers_new RENAME TO customers;
ALTER TABLE customers RENAME CONSTRAINT customers_new_pkey TO customers_pkey;

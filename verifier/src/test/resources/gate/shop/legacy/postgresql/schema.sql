-- The shop's schema as its version 2 created it on start-up, before it used Flyway.
CREATE TABLE customers (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT
);
CREATE TABLE orders (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    total INTEGER NOT NULL
);
CREATE INDEX orders_customer_idx ON orders (customer_id);

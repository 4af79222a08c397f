CREATE TABLE orders (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    total INTEGER NOT NULL
);
CREATE INDEX orders_customer_idx ON orders (customer_id);

-- A legacy install whose schema lacks the index version 2 created.
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

CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name TEXT,
    CONSTRAINT customer_email_key UNIQUE (email)
);
CREATE TABLE purchase (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    total INTEGER NOT NULL DEFAULT 0,
    note TEXT
);
CREATE INDEX purchase_customer_id_idx ON purchase (customer_id);
CREATE VIEW big_purchase AS SELECT id, total FROM purchase WHERE total > 100;

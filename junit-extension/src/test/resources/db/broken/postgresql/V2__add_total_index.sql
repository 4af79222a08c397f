CREATE INDEX orders_total_idx ON orders (total);
CREATE INDEX orders_missing_idx ON orders (no_such_column);

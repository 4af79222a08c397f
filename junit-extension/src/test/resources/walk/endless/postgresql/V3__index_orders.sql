CREATE INDEX orders_placed_by_idx ON orders (placed_by);

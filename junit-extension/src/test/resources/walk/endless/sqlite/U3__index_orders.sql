DROP INDEX orders_placed_by_idx;

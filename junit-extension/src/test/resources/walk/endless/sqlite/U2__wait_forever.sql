DELETE FROM orders WHERE id < 0;

CREATE INDEX orders_total_idx ON orders (total);

-- A warning the database sends while Flyway migrates: Flyway logs it at WARN, which must reach the user.
DO $$ BEGIN RAISE WARNING 'orders_total_idx is rebuilt nightly'; END $$;

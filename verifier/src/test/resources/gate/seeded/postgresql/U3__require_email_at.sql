ALTER TABLE customers DROP CONSTRAINT customers_email_at;

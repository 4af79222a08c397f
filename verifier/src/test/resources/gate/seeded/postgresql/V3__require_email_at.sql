ALTER TABLE customers ADD CONSTRAINT customers_email_at CHECK (email LIKE '%_@_%');

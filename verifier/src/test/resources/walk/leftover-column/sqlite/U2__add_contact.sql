-- Forgets phone.
ALTER TABLE people DROP COLUMN email;

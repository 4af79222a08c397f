-- Forgets DROP TYPE mood.
ALTER TABLE people DROP COLUMN mood;

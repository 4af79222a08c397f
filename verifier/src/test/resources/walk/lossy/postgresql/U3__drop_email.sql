-- Loses the e-mail addresses without declaring it.
ALTER TABLE people ADD COLUMN email TEXT;

-- stairway:accept table-rewrite account holds a few hundred rows in production
ALTER TABLE account ALTER COLUMN email TYPE VARCHAR(320);

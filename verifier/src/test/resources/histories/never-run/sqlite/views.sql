-- Not a migration: no V, U or R prefix, so no warning either.
SELECT 1;

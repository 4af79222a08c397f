-- Forgets DROP INDEX pets_owner_idx.
SELECT 1;

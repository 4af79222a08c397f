-- cannot run inside a transaction block
DROP INDEX CONCURRENTLY authors_name_idx;

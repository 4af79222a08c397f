DROP INDEX authors_name_idx;

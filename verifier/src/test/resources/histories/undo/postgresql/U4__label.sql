DROP FUNCTION author_label(integer);

-- Forgets books_isbn_idx.
DROP INDEX books_title_idx;

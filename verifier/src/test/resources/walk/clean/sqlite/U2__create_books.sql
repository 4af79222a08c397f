DROP INDEX books_author_idx;
DROP TABLE books;

ALTER TABLE books DROP CONSTRAINT books_author_fk;

-- Moves data: every book gets its author's name, copied from authors.
ALTER TABLE books ADD COLUMN author_name TEXT;
UPDATE books SET author_name = (SELECT name FROM authors WHERE authors.id = books.author_id);

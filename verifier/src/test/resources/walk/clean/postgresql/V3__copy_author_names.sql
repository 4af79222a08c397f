-- Moves data: every book gets its author's name, copied from authors.
-- stairway:accept exclusive-lock-held books is small: the backfill runs in the transaction that adds the column
ALTER TABLE books ADD COLUMN author_name TEXT;
UPDATE books SET author_name = (SELECT name FROM authors WHERE authors.id = books.author_id);

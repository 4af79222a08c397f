ALTER TABLE books DROP COLUMN author_name;

-- SQLite adds a foreign key by rebuilding the table; the copy fails on a book whose author does not exist
CREATE TABLE books_new (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    title TEXT NOT NULL
);
INSERT INTO books_new (id, author_id, title) SELECT id, author_id, title FROM books;
DROP TABLE books;
ALTER TABLE books_new RENAME TO books;

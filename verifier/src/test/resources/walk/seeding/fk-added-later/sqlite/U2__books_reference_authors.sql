CREATE TABLE books_old (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL,
    title TEXT NOT NULL
);
INSERT INTO books_old (id, author_id, title) SELECT id, author_id, title FROM books;
DROP TABLE books;
ALTER TABLE books_old RENAME TO books;

-- stairway:lossy authors.born
-- The classic SQLite table rebuild: books references authors, so dropping authors needs foreign keys off.
PRAGMA foreign_keys = OFF;
CREATE TABLE authors_old (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
INSERT INTO authors_old (id, name) SELECT id, name FROM authors;
DROP TABLE authors;
ALTER TABLE authors_old RENAME TO authors;
PRAGMA foreign_keys = ON;

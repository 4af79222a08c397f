CREATE TABLE authors (
    id BIGINT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE books (
    id BIGINT PRIMARY KEY,
    author_id BIGINT NOT NULL,
    title TEXT NOT NULL
);

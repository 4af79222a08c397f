CREATE TABLE pictures (
    id BIGINT PRIMARY KEY,
    url TEXT NOT NULL
);

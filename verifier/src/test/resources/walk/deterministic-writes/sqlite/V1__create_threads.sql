CREATE TABLE threads (
    post_id TEXT PRIMARY KEY,
    replies INTEGER NOT NULL
);

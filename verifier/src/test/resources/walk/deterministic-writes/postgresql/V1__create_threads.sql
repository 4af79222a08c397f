CREATE TABLE threads (
    post_id TEXT PRIMARY KEY,
    replies BIGINT NOT NULL
);

CREATE TABLE channel_members (
    id BIGINT PRIMARY KEY,
    notifyprops TEXT NOT NULL
);

CREATE TABLE channel_members (
    id INTEGER PRIMARY KEY,
    notifyprops TEXT NOT NULL
);

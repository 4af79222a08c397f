CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

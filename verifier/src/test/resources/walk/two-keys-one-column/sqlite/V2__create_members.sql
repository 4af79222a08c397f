-- picture_id carries two foreign keys to the same parent: inline, and as a table constraint
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    picture_id INTEGER REFERENCES pictures (id) ON DELETE CASCADE,
    FOREIGN KEY (picture_id) REFERENCES pictures (id) ON DELETE SET NULL
);

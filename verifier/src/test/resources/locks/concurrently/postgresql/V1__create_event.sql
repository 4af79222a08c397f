CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL
);
INSERT INTO event (id, kind) VALUES (1, 'login'), (2, 'logout');

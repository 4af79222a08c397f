-- "time" is a reserved word in PostgreSQL, which quotes it in index definitions; SQLite does not
CREATE TABLE slots (
    id INTEGER PRIMARY KEY,
    "time" TEXT NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX slots_time_idx ON slots ("time");
CREATE UNIQUE INDEX slots_label_time_idx ON slots (label, "time");

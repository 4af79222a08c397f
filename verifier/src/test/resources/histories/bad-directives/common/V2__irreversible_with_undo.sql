-- stairway:irreversible cannot be undone
CREATE TABLE b (id INTEGER PRIMARY KEY);

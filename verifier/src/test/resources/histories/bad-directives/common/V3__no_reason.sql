-- stairway:irreversible
CREATE TABLE c (id INTEGER PRIMARY KEY);

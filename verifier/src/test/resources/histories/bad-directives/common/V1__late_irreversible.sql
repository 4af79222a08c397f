CREATE TABLE a (id INTEGER PRIMARY KEY);
-- stairway:irreversible too late

-- stairway:accept table-rewrit the lookup table is small
-- stairway:accept table-rewrite
-- stairway:accept
-- stairway:accept index-without-concurrently built before the table gets rows
CREATE TABLE e (id INTEGER PRIMARY KEY);

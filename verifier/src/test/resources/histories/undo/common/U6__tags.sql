DROP TABLE tags;
DROP TABLE no_such_table;

CREATE TABLE things (id INTEGER PRIMARY KEY, ${label_column} VARCHAR(50));

CREATE TABLE teams (id integer PRIMARY KEY, name varchar(64), owner text);

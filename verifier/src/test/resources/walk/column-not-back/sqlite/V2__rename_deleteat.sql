CREATE TABLE threads_new (id INTEGER PRIMARY KEY, threaddeleteat BIGINT);
INSERT INTO threads_new (id) SELECT id FROM threads;
DROP TABLE threads;
ALTER TABLE threads_new RENAME TO threads;

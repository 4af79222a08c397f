CREATE TABLE tags (id INTEGER PRIMARY KEY);

/* a comment
   of two lines */
-- and one more
CREAT TABLE labels
  (id INTEGER PRIMARY KEY);

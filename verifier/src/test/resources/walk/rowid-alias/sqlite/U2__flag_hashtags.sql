-- the rebuild spells the key NOT NULL, as ORMs often generate it: the same rowid alias as V1's
CREATE TABLE tags_old (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, tag VARCHAR(50) NOT NULL);
INSERT INTO tags_old (id, tag) SELECT id, tag FROM tags;
DROP TABLE tags;
ALTER TABLE tags_old RENAME TO tags;

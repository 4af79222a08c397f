DROP TABLE labels;
DROP TABLE tags;

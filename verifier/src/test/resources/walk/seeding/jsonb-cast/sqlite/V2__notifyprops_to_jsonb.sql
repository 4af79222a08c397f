-- SQLite has no JSON type: the text stays, and json() proves every value is JSON (it fails on one that is not)
CREATE TABLE notifyprops_checked AS SELECT json(notifyprops) AS props FROM channel_members;
DROP TABLE notifyprops_checked;

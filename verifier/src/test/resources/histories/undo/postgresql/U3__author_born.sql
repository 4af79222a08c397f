-- stairway:lossy authors.born
ALTER TABLE authors DROP COLUMN born;

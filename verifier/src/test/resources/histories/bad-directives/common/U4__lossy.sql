-- stairway:lossy d.note note
-- stairway:lossy
-- stairway:lossless d.id
DROP TABLE d;

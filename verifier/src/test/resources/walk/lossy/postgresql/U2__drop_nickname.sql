-- The nicknames are gone for good; the column comes back empty, and last.
-- stairway:lossy people.nickname
ALTER TABLE people ADD COLUMN nickname TEXT;

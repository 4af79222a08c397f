-- position has a constant default, so its values are compared; AUTOINCREMENT never hands out an id twice,
-- so the second up numbers the events differently
ALTER TABLE events ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
INSERT INTO ticket (note) VALUES ('numbering');
UPDATE events SET position = (SELECT max(id) FROM ticket);

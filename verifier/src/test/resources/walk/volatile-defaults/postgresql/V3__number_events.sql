-- position has a constant default, so its values are compared; the sequence goes on where it was, so the
-- second up numbers the events differently
ALTER TABLE events ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
UPDATE events SET position = nextval('ticket');

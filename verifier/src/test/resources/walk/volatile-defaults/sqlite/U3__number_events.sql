DELETE FROM ticket WHERE note = 'numbering';
ALTER TABLE events DROP COLUMN position;

DROP INDEX notes_state_idx;
ALTER TABLE notes DROP COLUMN state;

-- No default value: every insert must give a state
ALTER TABLE notes
ADD COLUMN state VARCHAR(20) NOT NULL;

-- the states to watch
CREATE INDEX notes_state_idx ON notes (state);

ALTER TABLE threads ADD COLUMN summary TEXT;
-- json_object gives the same summaries for the same rows on every up
UPDATE threads SET summary = json_object('replies', replies);

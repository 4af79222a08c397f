ALTER TABLE threads ADD COLUMN summary JSONB;
-- jsonb_build_object is a stable function, not a clock: the same rows give the same summaries on every up
UPDATE threads SET summary = jsonb_build_object('replies', replies);

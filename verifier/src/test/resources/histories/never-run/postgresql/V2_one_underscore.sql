ALTER TABLE t ADD COLUMN one_underscore TEXT;

ALTER TABLE things ADD COLUMN ${label_column}_note VARCHAR(10);

ALTER TABLE things DROP COLUMN ${label_column}_note;

-- Undo V17 add_file.
DROP TABLE "file";

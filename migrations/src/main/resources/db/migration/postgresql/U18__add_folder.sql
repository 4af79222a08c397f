-- Undo V18 add_folder.
DROP TABLE "folder";

-- Undo V6 rename_modelfile_to_model: the same renames, backwards.
ALTER TABLE "model" RENAME COLUMN content TO modelfile;
ALTER TABLE "model" RENAME TO "modelfile";

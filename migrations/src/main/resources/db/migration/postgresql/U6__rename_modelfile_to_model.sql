-- Undo V6 rename_modelfile_to_model: the same renames, backwards.
ALTER SEQUENCE model_id_seq RENAME TO modelfile_id_seq;
ALTER TABLE "model" RENAME CONSTRAINT model_tag_name_key TO modelfile_tag_name_key;
ALTER TABLE "model" RENAME CONSTRAINT model_pkey TO modelfile_pkey;
ALTER TABLE "model" RENAME COLUMN content TO modelfile;
ALTER TABLE "model" RENAME TO "modelfile";

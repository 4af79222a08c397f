-- Undo V7 model_meta_params.
ALTER TABLE "model" DROP COLUMN params;
ALTER TABLE "model" DROP COLUMN meta;
ALTER TABLE "model" DROP COLUMN base_model_id;

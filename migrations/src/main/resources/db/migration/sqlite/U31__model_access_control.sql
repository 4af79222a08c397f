-- Undo V31 model_access_control.
ALTER TABLE "model" DROP COLUMN is_active;
ALTER TABLE "model" DROP COLUMN access_control;

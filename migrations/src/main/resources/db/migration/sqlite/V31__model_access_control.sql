-- V31 model_access_control (later era): models can be hidden and shared with groups.
ALTER TABLE "model" ADD COLUMN access_control TEXT;
ALTER TABLE "model" ADD COLUMN is_active INTEGER NOT NULL DEFAULT 1;

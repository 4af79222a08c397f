-- V31 model_access_control (later era): models can be hidden and shared with groups.
ALTER TABLE "model" ADD COLUMN access_control JSONB;
ALTER TABLE "model" ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT TRUE;

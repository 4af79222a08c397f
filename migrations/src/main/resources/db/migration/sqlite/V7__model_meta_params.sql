-- V7 model_meta_params (early era): a model can be derived from a base model and carries JSON meta and params.
ALTER TABLE "model" ADD COLUMN base_model_id TEXT;
ALTER TABLE "model" ADD COLUMN meta TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "model" ADD COLUMN params TEXT NOT NULL DEFAULT '{}';

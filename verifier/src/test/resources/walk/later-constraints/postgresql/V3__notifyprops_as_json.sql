ALTER TABLE people ALTER COLUMN notifyprops TYPE jsonb USING notifyprops::jsonb;

ALTER TABLE channel_members ALTER COLUMN notifyprops TYPE JSONB USING notifyprops::jsonb;

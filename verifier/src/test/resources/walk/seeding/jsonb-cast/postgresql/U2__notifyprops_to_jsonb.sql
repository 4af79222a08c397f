ALTER TABLE channel_members ALTER COLUMN notifyprops TYPE TEXT USING notifyprops::text;

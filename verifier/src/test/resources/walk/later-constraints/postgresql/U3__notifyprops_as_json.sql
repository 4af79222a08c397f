ALTER TABLE people ALTER COLUMN notifyprops TYPE TEXT USING notifyprops::text;

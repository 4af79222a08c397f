UPDATE apps SET app_id = '' WHERE app_id IS NULL;
CREATE INDEX apps_app_id_idx ON apps (app_id);

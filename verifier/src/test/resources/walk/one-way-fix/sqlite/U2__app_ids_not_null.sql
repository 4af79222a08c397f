DROP INDEX apps_app_id_idx;

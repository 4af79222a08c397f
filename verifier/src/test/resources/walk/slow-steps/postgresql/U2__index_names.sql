SELECT pg_sleep(1000);
DROP INDEX t_name_idx;

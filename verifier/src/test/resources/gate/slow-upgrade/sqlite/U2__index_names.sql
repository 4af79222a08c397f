DROP INDEX t_name_idx;

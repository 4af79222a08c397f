CREATE INDEX t_name_idx ON t (name);

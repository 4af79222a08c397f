CREATE INDEX tasks_title_idx ON tasks (title);

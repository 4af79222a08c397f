DROP INDEX tasks_title_idx;

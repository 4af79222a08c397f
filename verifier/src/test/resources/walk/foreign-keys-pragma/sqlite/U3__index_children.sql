DROP INDEX child_parent_idx;

CREATE INDEX child_parent_idx ON child (parent_id);

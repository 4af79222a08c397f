-- stairway:irreversible deletes the first parent, whose children are left pointing at it
DELETE FROM parent WHERE id = (SELECT min(id) FROM parent);

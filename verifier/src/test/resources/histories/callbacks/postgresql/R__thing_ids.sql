CREATE VIEW thing_ids AS SELECT id FROM things;

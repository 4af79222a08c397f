ALTER TABLE threads ADD COLUMN touched INTEGER;
UPDATE threads SET touched = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), replies = replies + 0;
INSERT INTO threads (post_id, replies, touched) VALUES ('welcome', 0, CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));

ALTER TABLE threads ADD COLUMN touched BIGINT;
UPDATE threads SET touched = (extract(epoch FROM clock_timestamp()) * 1000)::bigint, replies = replies + 0;
INSERT INTO threads (post_id, replies, touched) VALUES ('welcome', 0, (extract(epoch FROM now()) * 1000)::bigint);

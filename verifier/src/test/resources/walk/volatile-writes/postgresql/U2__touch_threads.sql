DELETE FROM threads WHERE post_id = 'welcome';
ALTER TABLE threads DROP COLUMN touched;

-- keeps the archived notes "just in case", under another name
ALTER TABLE archive RENAME TO archive_old;

-- SQLite cannot add a column with a non-constant default, so the audit rows live in a table of their own
CREATE TABLE audit (
    event_id INTEGER NOT NULL REFERENCES events (id),
    at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    day TEXT DEFAULT (date('now')),
    epoch INTEGER DEFAULT (strftime('%s', 'now')),
    token BLOB DEFAULT (randomblob(8)),
    luck INTEGER DEFAULT (random()),
    label TEXT DEFAULT 'audited'
);
INSERT INTO audit (event_id) SELECT id FROM events;

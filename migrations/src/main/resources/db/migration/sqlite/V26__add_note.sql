-- V26 add_note (later era): notes, with a trigger that stamps updated_at when an update does not set it.
-- PostgreSQL does this with a BEFORE UPDATE trigger function; SQLite with an AFTER UPDATE trigger.
CREATE TABLE "note" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title TEXT NOT NULL,
    data TEXT,
    meta TEXT,
    access_control TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX note_user_id_updated_at_idx ON "note" (user_id, updated_at);

CREATE TRIGGER note_set_updated_at AFTER UPDATE ON "note"
FOR EACH ROW WHEN NEW.updated_at = OLD.updated_at
BEGIN
    UPDATE "note" SET updated_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = NEW.id;
END;

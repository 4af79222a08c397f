-- V26 add_note (later era): notes, with a trigger that stamps updated_at when an update does not set it.
-- PostgreSQL does this with a BEFORE UPDATE trigger function; SQLite with an AFTER UPDATE trigger.
CREATE TABLE "note" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    title TEXT NOT NULL,
    data JSONB,
    meta JSONB,
    access_control JSONB,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX note_user_id_updated_at_idx ON "note" (user_id, updated_at);

CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := floor(extract(epoch FROM clock_timestamp()))::BIGINT;
    RETURN NEW;
END;
$$;

CREATE TRIGGER note_set_updated_at BEFORE UPDATE ON "note"
FOR EACH ROW WHEN (NEW.updated_at = OLD.updated_at)
EXECUTE FUNCTION set_updated_at();

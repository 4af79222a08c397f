-- Undo V26 add_note.
DROP TRIGGER note_set_updated_at ON "note";
DROP FUNCTION set_updated_at();
DROP TABLE "note";

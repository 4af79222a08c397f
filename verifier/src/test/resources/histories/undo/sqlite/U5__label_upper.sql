-- Put V4's trigger back: semicolons inside the trigger body must not split it.
DROP TRIGGER authors_trim;
CREATE TRIGGER authors_trim AFTER INSERT ON authors
BEGIN
    UPDATE authors SET name = trim(name) WHERE id = NEW.id;
    UPDATE authors SET name = name || '' WHERE id = NEW.id;
END;

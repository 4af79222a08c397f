DROP TRIGGER authors_trim;
CREATE TRIGGER authors_trim AFTER INSERT ON authors
BEGIN
    UPDATE authors SET name = upper(trim(name)) WHERE id = NEW.id;
END;

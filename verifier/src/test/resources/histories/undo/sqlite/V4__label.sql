CREATE TRIGGER authors_trim AFTER INSERT ON authors
BEGIN
    UPDATE authors SET name = trim(name) WHERE id = NEW.id;
END;

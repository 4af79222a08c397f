CREATE OR REPLACE FUNCTION author_label(author integer) RETURNS text AS $$
DECLARE
    label text;
BEGIN
    SELECT upper(name) INTO label FROM authors WHERE id = author;
    RETURN label;
END;
$$ LANGUAGE plpgsql;

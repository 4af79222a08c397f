CREATE FUNCTION author_label(author integer) RETURNS text AS $$
BEGIN
    RETURN (SELECT name FROM authors WHERE id = author);
END;
$$ LANGUAGE plpgsql;

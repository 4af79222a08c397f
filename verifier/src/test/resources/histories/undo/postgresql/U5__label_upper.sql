-- Put V4's function back: semicolons inside the dollar-quoted body must not split it.
CREATE OR REPLACE FUNCTION author_label(author integer) RETURNS text AS $body$
BEGIN
    -- the name as written; no upper-casing
    RETURN (SELECT name FROM authors WHERE id = author);
END;
$body$ LANGUAGE plpgsql;

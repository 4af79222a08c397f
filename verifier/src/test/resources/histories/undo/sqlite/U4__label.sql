DROP TRIGGER authors_trim;

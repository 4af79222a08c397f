-- Cannot run in a transaction: Flyway runs this script outside one.
CREATE INDEX CONCURRENTLY notes_body_idx ON notes (body);

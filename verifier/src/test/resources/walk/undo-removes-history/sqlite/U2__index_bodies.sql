DROP INDEX notes_body_idx;
DROP TABLE flyway_schema_history;

DROP INDEX people_name_idx;
DELETE FROM flyway_schema_history WHERE version = '1';

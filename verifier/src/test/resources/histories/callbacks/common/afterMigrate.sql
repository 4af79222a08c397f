-- A Flyway callback: runs after every migrate call, whether it applied anything or not.
CREATE TABLE IF NOT EXISTS migrate_calls (called_at VARCHAR(40));
INSERT INTO migrate_calls VALUES (CURRENT_TIMESTAMP);

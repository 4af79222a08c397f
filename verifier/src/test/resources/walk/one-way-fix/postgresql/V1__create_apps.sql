CREATE TABLE apps (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, app_id VARCHAR(26));
INSERT INTO apps (id, name, app_id) VALUES (1, 'boards', NULL), (2, 'calls', NULL), (3, 'playbooks', 'pb');

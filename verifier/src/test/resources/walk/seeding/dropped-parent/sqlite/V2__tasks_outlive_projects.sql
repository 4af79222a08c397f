-- stairway:irreversible drops the projects and their rows for good
-- tasks keep their reference to projects, which this revision drops: SQLite allows it
-- (declared twice, inline and as a table constraint, as real histories sometimes do: still one notice)
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    project_id INTEGER REFERENCES projects (id),
    title TEXT NOT NULL,
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
);
DROP TABLE projects;

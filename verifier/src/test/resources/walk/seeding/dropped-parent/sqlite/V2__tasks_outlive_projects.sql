-- stairway:irreversible drops the projects and their rows for good
-- tasks keep their reference to projects, which this revision drops: SQLite allows it
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    project_id INTEGER REFERENCES projects (id),
    title TEXT NOT NULL
);
DROP TABLE projects;

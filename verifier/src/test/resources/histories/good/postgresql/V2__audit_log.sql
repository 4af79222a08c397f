-- stairway:irreversible the audit log keeps its rows for ever
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, event TEXT NOT NULL);

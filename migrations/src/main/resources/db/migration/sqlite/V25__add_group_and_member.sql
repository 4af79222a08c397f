-- V25 add_group_and_member (later era): user groups with permissions, and their members.
-- "group" is a reserved word and is quoted everywhere.
CREATE TABLE "group" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    data TEXT,
    meta TEXT,
    permissions TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE "group_member" (
    group_id TEXT NOT NULL REFERENCES "group" (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_member_user_id_idx ON "group_member" (user_id);

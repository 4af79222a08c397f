-- Legacy install, SQLite: the schema the last early-era release (V14 rename_auth_active) created on start-up,
-- without a migration tool, so without flyway_schema_history.
-- Flyway takes such a database over with baselineOnMigrate=true and baselineVersion=14, then applies V15 onwards.
-- The tables, columns (order, types, nullability, defaults), keys and indexes are those of V1..V14 applied by
-- Flyway; only the CREATE TABLE text differs (here every column is in one statement, where the migrations
-- appended some with ALTER TABLE ADD COLUMN).

CREATE TABLE "auth" (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT NOT NULL,
    password TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1,
    api_key TEXT
);
CREATE UNIQUE INDEX auth_api_key_key ON "auth" (api_key);

CREATE TABLE "user" (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT 'pending',
    profile_image_url TEXT NOT NULL DEFAULT '/user.png',
    last_active_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    settings TEXT,
    info TEXT,
    oauth_sub TEXT
);
CREATE UNIQUE INDEX user_oauth_sub_key ON "user" (oauth_sub);

CREATE TABLE "chat" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title VARCHAR(255) NOT NULL,
    chat TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    share_id TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX chat_share_id_key ON "chat" (share_id);

CREATE TABLE "chat_tag" (
    id TEXT NOT NULL PRIMARY KEY,
    tag_name TEXT NOT NULL,
    chat_id TEXT NOT NULL REFERENCES "chat" (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    timestamp INTEGER NOT NULL
);

CREATE TABLE "document" (
    id INTEGER NOT NULL PRIMARY KEY,
    collection_name TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    filename TEXT NOT NULL,
    content TEXT,
    user_id TEXT NOT NULL,
    timestamp INTEGER NOT NULL
);

CREATE TABLE "prompt" (
    id INTEGER NOT NULL PRIMARY KEY,
    command TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    timestamp INTEGER NOT NULL
);

CREATE TABLE "tag" (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    user_id TEXT NOT NULL,
    data TEXT
);

CREATE TABLE "model" (
    id INTEGER NOT NULL PRIMARY KEY,
    tag_name TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    content TEXT NOT NULL,
    timestamp INTEGER NOT NULL,
    base_model_id TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    params TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE "tool" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    content TEXT NOT NULL,
    specs TEXT NOT NULL,
    meta TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE "function" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    content TEXT NOT NULL,
    meta TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 0,
    is_global INTEGER NOT NULL DEFAULT 0
);

-- V1 initial_schema (early era): the schema of the first release.
-- Table names are written quoted because that is how SQLite stores a table's CREATE TABLE text after the
-- rebuild procedure renames it (V2, V19); writing them the same way here keeps that text identical after an undo.
-- "user" is a reserved word and is quoted everywhere.

CREATE TABLE "auth" (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT NOT NULL,
    password TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE "user" (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT 'pending',
    profile_image_url TEXT NOT NULL DEFAULT '/user.png',
    timestamp INTEGER NOT NULL
);

CREATE TABLE "chat" (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title VARCHAR(255) NOT NULL,
    chat TEXT NOT NULL,
    timestamp INTEGER NOT NULL
);

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

CREATE TABLE "modelfile" (
    id INTEGER NOT NULL PRIMARY KEY,
    tag_name TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    modelfile TEXT NOT NULL,
    timestamp INTEGER NOT NULL
);

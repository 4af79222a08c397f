-- V8 add_tool (early era): user-written Python tools with their JSON specs.
CREATE TABLE "tool" (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    content TEXT NOT NULL,
    specs JSONB NOT NULL,
    meta JSONB NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Undo V1 initial_schema: back to an empty database. Children before parents.
DROP TABLE "modelfile";
DROP TABLE "tag";
DROP TABLE "prompt";
DROP TABLE "document";
DROP TABLE "chat_tag";
DROP TABLE "chat";
DROP TABLE "user";
DROP TABLE "auth";

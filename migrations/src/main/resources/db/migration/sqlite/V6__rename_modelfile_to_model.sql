-- V6 rename_modelfile_to_model (early era): Ollama modelfiles become models.
-- Hard cases: TABLE RENAME (modelfile -> model) and COLUMN RENAME (modelfile -> content).
-- SQLite renames the table's automatic unique index with it (sqlite_autoindex_model_1).
ALTER TABLE "modelfile" RENAME TO "model";
ALTER TABLE "model" RENAME COLUMN modelfile TO content;

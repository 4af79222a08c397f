-- V6 rename_modelfile_to_model (early era): Ollama modelfiles become models.
-- Hard cases: TABLE RENAME (modelfile -> model) and COLUMN RENAME (modelfile -> content).
-- PostgreSQL keeps the old names on constraints and the identity sequence; they are renamed with the table.
ALTER TABLE "modelfile" RENAME TO "model";
ALTER TABLE "model" RENAME COLUMN modelfile TO content;
ALTER TABLE "model" RENAME CONSTRAINT modelfile_pkey TO model_pkey;
ALTER TABLE "model" RENAME CONSTRAINT modelfile_tag_name_key TO model_tag_name_key;
ALTER SEQUENCE modelfile_id_seq RENAME TO model_id_seq;

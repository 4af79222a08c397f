-- Undo V21 add_memory.
DROP TABLE "memory";

-- Undo V20 add_knowledge.
DROP TABLE "knowledge_file";
DROP TABLE "knowledge";

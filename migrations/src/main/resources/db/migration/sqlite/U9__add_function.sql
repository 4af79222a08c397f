-- Undo V9 add_function.
DROP TABLE "function";

-- Undo V8 add_tool.
DROP TABLE "tool";

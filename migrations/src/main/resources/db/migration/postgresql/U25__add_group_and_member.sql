-- Undo V25 add_group_and_member.
DROP TABLE "group_member";
DROP TABLE "group";

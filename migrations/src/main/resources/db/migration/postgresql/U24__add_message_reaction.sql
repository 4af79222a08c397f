-- Undo V24 add_message_reaction.
DROP TABLE "message_reaction";

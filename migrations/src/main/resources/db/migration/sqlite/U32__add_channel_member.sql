-- Undo V32 add_channel_member.
DROP TABLE "channel_member";

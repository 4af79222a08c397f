-- Undo V23 add_channel_and_message.
DROP TABLE "message";
DROP TABLE "channel";

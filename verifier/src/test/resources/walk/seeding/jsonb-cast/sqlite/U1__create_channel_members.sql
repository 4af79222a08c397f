DROP TABLE channel_members;

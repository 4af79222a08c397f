DROP TABLE limbo;

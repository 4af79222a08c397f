CREATE INDEX limbo_level_idx ON limbo (level);

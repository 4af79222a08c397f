DROP INDEX limbo_level_idx;

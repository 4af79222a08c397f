-- forgets the index on purpose
SELECT 1;

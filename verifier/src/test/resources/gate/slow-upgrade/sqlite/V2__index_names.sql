WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE (SELECT count(*) FROM t) > 0) SELECT count(*) FROM r;
CREATE INDEX t_name_idx ON t (name);

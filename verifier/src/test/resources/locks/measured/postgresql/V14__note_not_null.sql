-- The validated check proves the column holds no NULL: PostgreSQL 12 and later set NOT NULL without a scan.
ALTER TABLE account ALTER COLUMN note SET NOT NULL;

ALTER TABLE users ALTER COLUMN role TYPE TEXT USING role::text;
DROP TYPE user_role;

CREATE TYPE user_role AS ENUM ('admin', 'member');
ALTER TABLE users ALTER COLUMN role TYPE user_role USING role::user_role;

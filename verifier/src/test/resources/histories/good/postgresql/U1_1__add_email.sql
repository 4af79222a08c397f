-- stairway:lossy users.email
ALTER TABLE users DROP COLUMN email;

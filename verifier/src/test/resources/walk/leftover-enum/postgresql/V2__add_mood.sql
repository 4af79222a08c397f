CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TABLE people ADD COLUMN mood mood;

-- the application only ever wrote these two words into mood; generated text is neither
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::mood;

ALTER TABLE people ADD COLUMN mood TEXT CHECK (mood IN ('happy', 'sad'));

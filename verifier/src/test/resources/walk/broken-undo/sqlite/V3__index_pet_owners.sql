CREATE INDEX IF NOT EXISTS pets_owner_idx ON pets (owner_id);

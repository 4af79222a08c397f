ALTER TABLE pets DROP CONSTRAINT pets_owner_fk;

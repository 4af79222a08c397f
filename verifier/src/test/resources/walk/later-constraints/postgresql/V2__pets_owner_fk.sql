ALTER TABLE pets ADD CONSTRAINT pets_owner_fk FOREIGN KEY (owner_name) REFERENCES people (name);

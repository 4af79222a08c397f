-- stairway:irreversible trims stray spaces from names; the spaces cannot be brought back
UPDATE people SET name = trim(name) WHERE name <> trim(name);

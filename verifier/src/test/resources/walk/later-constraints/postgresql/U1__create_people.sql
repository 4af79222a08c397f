DROP TABLE pets;
DROP TABLE people;

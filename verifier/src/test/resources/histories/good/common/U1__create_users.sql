-- drop what V1 created
DROP TABLE users;

-- takes back what V1 made
DROP TABLE note;

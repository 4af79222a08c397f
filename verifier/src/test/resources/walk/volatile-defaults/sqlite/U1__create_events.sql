DROP TABLE ticket;
DROP TABLE events;

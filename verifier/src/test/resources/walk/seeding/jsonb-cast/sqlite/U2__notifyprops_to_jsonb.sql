-- V2 changed nothing
SELECT 1;

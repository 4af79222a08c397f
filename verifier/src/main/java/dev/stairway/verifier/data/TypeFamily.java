package dev.stairway.verifier.data;

/** The kinds of column values the seeder knows how to make. */
enum TypeFamily {
    INTEGER, DECIMAL, REAL, BOOLEAN, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL, JSON, UUID, BINARY,
    ENUM, ARRAY, INET, XML, OTHER
}

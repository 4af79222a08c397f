package dev.stairway.verifier.data;

/**
 * A table {@link RowSeeder} could not give a single row: the database rejected every generated row.
 *
 * @param table the table's name
 * @param message the database's message for the first row tried, on one line
 */
public record SeedingFailure(String table, String message) {

    /**
     * For example {@code table audit has no rows: the database rejected every generated row, first with:
     * [SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: 1 = 0)}.
     */
    @Override
    public String toString() {
        return "table " + table + " has no rows: the database rejected every generated row, first with: " + message;
    }
}

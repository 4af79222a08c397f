package dev.stairway.verifier.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A row {@link RowSeeder} generated and inserted, as it inserted it, so that the walk can take it out again
 * ({@link SeededRows#remove}) when it stands in the way of an up migration.
 *
 * @param table the table's name as Stairway prints it ({@code chat}, or {@code audit.log} outside PostgreSQL's
 *     {@code public})
 * @param tableSql the table's quoted name, to put in a statement
 * @param values the values given, by column name in insertion order; columns the database assigned itself
 *     (identity, serial, SQLite's rowid alias) and defaults left to the database are absent
 */
public record SeededRow(String table, String tableSql, Map<String, Object> values) {

    /** Copies the values, which may hold nulls. */
    public SeededRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableSql, "tableSql");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}

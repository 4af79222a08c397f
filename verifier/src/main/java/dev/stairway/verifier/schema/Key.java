package dev.stairway.verifier.schema;

import java.util.List;

/**
 * A primary key or unique constraint of a {@link Table}: its name and its columns in key order.
 *
 * @param name the constraint name in PostgreSQL; {@code null} in SQLite, which does not keep it
 * @param columns the key columns, in key order
 */
public record Key(String name, List<String> columns) {

    /** Copies the column list. */
    public Key {
        columns = Values.list(columns);
    }
}

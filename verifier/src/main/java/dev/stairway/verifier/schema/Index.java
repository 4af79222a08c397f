package dev.stairway.verifier.schema;

import java.util.List;

/**
 * An index created on its own ({@code CREATE INDEX}); indexes behind primary keys and unique constraints
 * are described by {@link Table#primaryKey()} and {@link Table#uniqueKeys()} instead.
 *
 * @param name the index name
 * @param columns the key columns or expressions in order, each followed by {@code  DESC} when descending
 * @param unique whether the index is unique
 * @param predicate the WHERE predicate of a partial index, or {@code null}
 * @param method the access method in PostgreSQL, such as {@code btree}; {@code null} in SQLite
 */
public record Index(String name, List<String> columns, boolean unique, String predicate, String method) {

    /** Copies the column list. */
    public Index {
        Values.require(name, "index name");
        columns = Values.list(columns);
    }
}

package dev.stairway.verifier.schema;

import java.util.List;

/**
 * A table with its columns (in catalog order), keys, checks and indexes (each sorted).
 *
 * @param name the table name; a PostgreSQL table outside {@code public} is qualified, such as
 *     {@code audit.event}
 * @param columns the columns in their catalog order (PostgreSQL {@code attnum}, SQLite {@code cid})
 * @param primaryKey the primary key, or {@code null} when the table has none
 * @param uniqueKeys the unique constraints
 * @param foreignKeys the foreign keys
 * @param checks the check constraints (PostgreSQL exclusion constraints too)
 * @param indexes the indexes created on their own
 */
public record Table(String name, List<Column> columns, Key primaryKey, List<Key> uniqueKeys,
        List<ForeignKey> foreignKeys, List<Check> checks, List<Index> indexes) {

    /** Copies the lists. */
    public Table {
        Values.require(name, "table name");
        columns = Values.list(columns);
        uniqueKeys = Values.list(uniqueKeys);
        foreignKeys = Values.list(foreignKeys);
        checks = Values.list(checks);
        indexes = Values.list(indexes);
    }

    /** The column called {@code name} (compared ignoring case), or {@code null}. */
    public Column column(String name) {
        return columns.stream().filter(column -> column.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The index called {@code name} (compared ignoring case), or {@code null}. */
    public Index index(String name) {
        return indexes.stream().filter(index -> index.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}

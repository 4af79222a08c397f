package dev.stairway.verifier.catalog;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.catalog.postgresql.PostgresqlCatalogReader;
import dev.stairway.verifier.catalog.sqlite.SqliteCatalogReader;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads a database's own catalog: the one reader per dialect behind schema snapshots, the seeder's table
 * descriptions (derived from the snapshot) and data snapshots. Flyway's history table (under its configured
 * name) is left out everywhere, as are SQLite's own {@code sqlite_} tables and PostgreSQL's system schemas and
 * objects that belong to an extension.
 *
 * <pre>{@code
 * CatalogReader catalog = CatalogReader.of(Dialect.SQLITE, "flyway_schema_history");
 * SchemaSnapshot schema = catalog.schema(connection);
 * }</pre>
 *
 * <p>Engine: not part of Stairway's API (users read snapshots with {@link SchemaSnapshot#read}).
 */
public interface CatalogReader {

    /** The reader for {@code dialect}, leaving out {@code historyTable}, Flyway's history table. */
    static CatalogReader of(Dialect dialect, String historyTable) {
        return switch (dialect) {
            case SQLITE -> new SqliteCatalogReader(historyTable);
            case POSTGRESQL -> new PostgresqlCatalogReader(historyTable);
        };
    }

    /** The whole schema visible on {@code connection}; the connection is only queried, never changed. */
    SchemaSnapshot schema(Connection connection) throws SQLException;

    /**
     * The tables whose rows are data, sorted by name: every user table but views, Flyway's history table and (in
     * PostgreSQL) partitions, whose rows their partitioned table holds. One query.
     */
    List<TableRef> dataTables(Connection connection) throws SQLException;

    /**
     * The expressions among {@code expressions} that give a new value each time they are evaluated: they read the
     * clock or call a random or otherwise volatile function. Stricter than column defaults are judged (see
     * {@link dev.stairway.verifier.schema.Column#volatileDefault()}): on PostgreSQL a stable function counts only
     * when it returns a point in time, as {@code now()} does, so a column an up fills with
     * {@code jsonb_build_object(...)} is still compared by value.
     */
    Set<String> volatileAmong(Connection connection, Collection<String> expressions) throws SQLException;
}

package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads user tables from a database's own catalog. Left out everywhere: {@code flyway_schema_history}
 * and SQLite's internal {@code sqlite_*} tables (and, for PostgreSQL, tables that belong to an extension).
 */
interface Catalog {

    /** The name of Flyway's history table, never seeded nor fingerprinted. */
    String FLYWAY_HISTORY = "flyway_schema_history";

    /** The user tables, sorted by name. */
    List<TableRef> tables(Connection connection) throws SQLException;

    /** The columns, foreign keys and checks of {@code table}. */
    TableInfo describe(Connection connection, TableRef table) throws SQLException;

    static Catalog of(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> new SqliteCatalog();
            case POSTGRESQL -> new PostgresCatalog();
        };
    }
}

package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.catalog.CatalogReader;
import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every user table's rows at one moment, as an immutable value that prints and compares the same on
 * every run. {@code flyway_schema_history} and SQLite's {@code sqlite_*} tables are left out.
 *
 * <p>Each value is canonical text, a SQL-like literal: {@code NULL} for SQL NULL, numbers bare and
 * normalised ({@code 12.50} prints {@code 12.5}, {@code 1.0} prints {@code 1}), text quoted with
 * {@code '} doubled (so the string {@code 'NULL'} is not NULL), bytes as {@code X'cafe'}, PostgreSQL
 * booleans as {@code true}/{@code false} (SQLite stores 1/0), PostgreSQL {@code timestamptz} in UTC
 * ({@code '2024-01-01 10:30:00Z'}), json, dates and the rest quoted as the database prints them
 * (PostgreSQL's {@code jsonb} prints canonically, SQLite text as stored). Rows are sorted, columns
 * matched by name, so neither row order nor column position matters.
 *
 * <pre>{@code
 * DataSnapshot before = DataSnapshot.read(database);
 * // ... down, then:
 * DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), lossyColumns);
 * }</pre>
 */
public final class DataSnapshot {

    private final Dialect dialect;
    private final List<TableRows> tables;
    private final String fingerprint;

    private DataSnapshot(Dialect dialect, List<TableRows> tables) {
        this.dialect = dialect;
        List<TableRows> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(TableRows::key));
        this.tables = List.copyOf(sorted);
        this.fingerprint = TableRows.sha256(this.tables.stream()
                .map(table -> table.key() + " " + table.fingerprint()).collect(Collectors.joining("\n")));
    }

    /** Reads every user table of {@code database}. */
    public static DataSnapshot read(TestDatabase database) {
        try (Connection connection = database.connection()) {
            return read(connection, database.dialect());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rows of " + database + ": " + e.getMessage(), e);
        }
    }

    /** Reads every user table through {@code connection}, a database of {@code dialect}; the caller closes it. */
    public static DataSnapshot read(Connection connection, Dialect dialect) throws SQLException {
        return read(connection, dialect, SchemaSnapshot.FLYWAY_HISTORY_TABLE);
    }

    /**
     * Reads like {@link #read(Connection, Dialect)}, leaving out {@code historyTable}: Flyway's history table
     * under its configured name (Flyway's {@code table} setting).
     */
    public static DataSnapshot read(Connection connection, Dialect dialect, String historyTable)
            throws SQLException {
        List<TableRef> refs = CatalogReader.of(dialect, historyTable).dataTables(connection);
        return new DataSnapshot(dialect, dialect == Dialect.POSTGRESQL
                ? readTogether(connection, dialect, refs) : readEach(connection, dialect, refs));
    }

    /** One query per table: SQLite runs in process, so a query costs no round trip (and its driver runs one per call). */
    private static List<TableRows> readEach(Connection connection, Dialect dialect, List<TableRef> refs)
            throws SQLException {
        List<TableRows> tables = new ArrayList<>();
        for (TableRef table : refs) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT * FROM " + table.sql())) {
                tables.add(rows(result, dialect, table));
            }
        }
        return tables;
    }

    /** Every table's SELECT sent at once, one result set each, so PostgreSQL answers in one round trip. */
    private static List<TableRows> readTogether(Connection connection, Dialect dialect, List<TableRef> refs)
            throws SQLException {
        List<TableRows> tables = new ArrayList<>();
        if (refs.isEmpty()) {
            return tables;
        }
        String sql = refs.stream().map(table -> "SELECT * FROM " + table.sql()).collect(Collectors.joining("; "));
        try (Statement statement = connection.createStatement()) {
            boolean hasResult = statement.execute(sql);
            for (TableRef table : refs) {
                if (!hasResult) {
                    throw new SQLException("Expected the rows of " + table.name() + " from PostgreSQL, but the"
                            + " statement returned no more result sets.");
                }
                try (ResultSet result = statement.getResultSet()) {
                    tables.add(rows(result, dialect, table));
                }
                hasResult = statement.getMoreResults();
            }
        }
        return tables;
    }

    /** The rows of {@code result}, a {@code SELECT *} of {@code table}, as canonical text. */
    static TableRows rows(ResultSet result, Dialect dialect, TableRef table) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i));
            types.add(meta.getColumnType(i));
            typeNames.add(meta.getColumnTypeName(i));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        while (result.next()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i <= columns.size(); i++) {
                row.put(columns.get(i - 1), CanonicalValues.read(result, i, dialect, types.get(i - 1), typeNames.get(i - 1)));
            }
            rows.add(row);
        }
        return new TableRows(dialect, table.name(), columns, rows);
    }

    /** The dialect of the database read. */
    public Dialect dialect() {
        return dialect;
    }

    /** Every table, sorted by name. */
    public List<TableRows> tables() {
        return tables;
    }

    /** The table called {@code name} (ignoring case for SQLite), if there was one. */
    public Optional<TableRows> table(String name) {
        String key = Identifiers.key(dialect, name);
        return tables.stream().filter(table -> table.key().equals(key)).findFirst();
    }

    /** A SHA-256 in hex over every table's name and fingerprint: equal snapshots have equal fingerprints. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Equal when the dialect and every table's rows are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DataSnapshot that && dialect == that.dialect && fingerprint.equals(that.fingerprint);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    /** For example {@code sqlite data: chat 3 rows, message 3 rows}. */
    @Override
    public String toString() {
        return dialect.id() + " data: " + tables.stream()
                .map(table -> table.name() + " " + table.size() + (table.size() == 1 ? " row" : " rows"))
                .collect(Collectors.joining(", "));
    }
}

package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.catalog.TableRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes generated rows out of a database again: each {@link SeededRow} is found by the values the seeder gave it,
 * so it is found as long as later migrations left those values alone.
 */
public final class SeededRows {

    /** PostgreSQL types without an equality operator: their columns are left out when a row is looked for. */
    private static final Set<String> WITHOUT_EQUALITY = Set.of("json", "xml", "point", "line", "lseg", "box",
            "path", "polygon", "circle");

    private SeededRows() {
    }

    /**
     * Deletes the rows of {@code row}'s table that hold its values, through {@code connection} (auto-commit), and
     * returns them as a user reads them, such as {@code chat(id=1, title='title-1')}. Empty when no row holds them
     * any more, or when they cannot be looked for (the table or a column is gone, a type no longer reads them).
     */
    public static List<String> remove(Connection connection, Dialect dialect, SeededRow row) {
        try {
            List<String> columns = comparable(connection, dialect, row);
            if (columns.isEmpty()) {
                return List.of();
            }
            String where = columns.stream()
                    .map(column -> Identifiers.quote(column) + (row.values().get(column) == null ? " IS NULL" : " = ?"))
                    .collect(Collectors.joining(" AND "));
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM " + row.tableSql() + " WHERE " + where)) {
                bind(select, dialect, row, columns);
                try (ResultSet result = select.executeQuery()) {
                    TableRows rows = DataSnapshot.rows(result, dialect, new TableRef(row.table(), row.tableSql()));
                    rows.rows().forEach(values -> found.add(rows.render(values)));
                }
            }
            if (!found.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + row.tableSql() + " WHERE " + where)) {
                    bind(delete, dialect, row, columns);
                    delete.executeUpdate();
                }
            }
            return found;
        } catch (SQLException e) {
            return List.of();
        }
    }

    /** The columns of {@code row} that still exist and can be compared with {@code =}. */
    private static List<String> comparable(Connection connection, Dialect dialect, SeededRow row)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + row.tableSql()
                + " WHERE 1 = 0"); ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            for (Map.Entry<String, Object> value : row.values().entrySet()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (Identifiers.key(dialect, meta.getColumnName(i)).equals(Identifiers.key(dialect, value.getKey()))
                            && !(dialect == Dialect.POSTGRESQL && WITHOUT_EQUALITY.contains(meta.getColumnTypeName(i)))) {
                        columns.add(value.getKey());
                    }
                }
            }
        }
        return columns;
    }

    private static void bind(PreparedStatement statement, Dialect dialect, SeededRow row, List<String> columns)
            throws SQLException {
        int index = 1;
        for (String column : columns) {
            Object value = row.values().get(column);
            if (value != null) {
                Binder.bind(dialect, statement, index++, value);
            }
        }
    }
}

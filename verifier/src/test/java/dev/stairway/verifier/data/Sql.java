package dev.stairway.verifier.data;

import dev.stairway.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for tests: run statements, read a column. */
final class Sql {

    private Sql() {
    }

    static void run(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static List<String> column(TestDatabase database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Every row of every table of {@code database}, rendered, one per line, tables by name. */
    static List<String> rendered(DataSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        for (TableRows table : snapshot.tables()) {
            table.rows().forEach(row -> lines.add(table.render(row)));
        }
        return lines;
    }
}

package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.report.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * On SQLite, the references a step left pointing at no row: {@code PRAGMA foreign_key_check} after a step that ran
 * without foreign keys enforced, because the database runs with them off as the project's runtime does
 * ({@code stairway.sqlite.foreign.keys=false}) or because the script switched them off itself
 * ({@code PRAGMA foreign_keys = OFF} around a table rebuild). Where they are enforced and the script leaves them
 * alone, SQLite refuses such a step itself, and nothing is checked.
 */
final class ForeignKeyCheck {

    /** How many broken references a finding shows. */
    private static final int SHOWN = 5;
    private static final Pattern SWITCHED_OFF = Pattern.compile(
            "(?i)PRAGMA\\s+(main\\s*\\.\\s*)?foreign_keys\\s*(=\\s*|\\(\\s*)['\"]?(off|0|false|no)\\b");

    private final Map<String, Boolean> enforced = new HashMap<>();

    /**
     * The references broken after {@code step} ran {@code script} on {@code database}, one line each (at most a
     * few, then how many more), such as {@code after the up, child row 1 (parent_id = 7) references no row of
     * parent}; empty when there are none or nothing needs checking.
     *
     * @throws CheckFailedException when the pragmas cannot be read
     */
    List<String> broken(TestDatabase database, Step step, MigrationScript script) {
        if (database.dialect() != Dialect.SQLITE) {
            return List.of();
        }
        try (Connection connection = database.connection()) {
            if (enforced(connection, database) && !SWITCHED_OFF.matcher(script.sql()).find()) {
                return List.of();
            }
            return violations(connection, "after the " + step + ", ");
        } catch (SQLException e) {
            throw new CheckFailedException("could not check the foreign keys: " + e.getMessage(), e);
        }
    }

    private boolean enforced(Connection connection, TestDatabase database) throws SQLException {
        Boolean on = enforced.get(database.name());
        if (on == null) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
                on = result.next() && result.getInt(1) == 1;
            }
            enforced.put(database.name(), on);
        }
        return on;
    }

    private static List<String> violations(Connection connection, String prefix) throws SQLException {
        List<String> lines = new ArrayList<>();
        int count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (result.next()) {
                if (++count <= SHOWN) {
                    lines.add(prefix + describe(connection, result.getString(1), result.getObject(2), result.getString(3),
                            result.getInt(4)));
                }
            }
        }
        if (count > SHOWN) {
            lines.add("and " + (count - SHOWN) + " more");
        }
        return lines;
    }

    /** {@code child row 1 (parent_id = 7) references no row of parent}. */
    private static String describe(Connection connection, String table, Object rowid, String parent, int key)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq")) {
            statement.setString(1, table);
            statement.setInt(2, key);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(result.getString(1));
                }
            }
        }
        List<String> values = new ArrayList<>();
        if (rowid != null && !columns.isEmpty()) {
            String select = "SELECT " + String.join(", ", columns.stream().map(ForeignKeyCheck::quote).toList())
                    + " FROM " + quote(table) + " WHERE rowid = ?";
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setObject(1, rowid);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            Object value = result.getObject(i + 1);
                            values.add(columns.get(i) + " = " + (value instanceof String text
                                    ? "'" + text.replace("'", "''") + "'" : value));
                        }
                    }
                }
            }
        }
        return table + (rowid == null ? " row" : " row " + rowid)
                + (values.isEmpty() ? "" : " (" + String.join(", ", values) + ")") + " references no row of " + parent;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Asks the database whether a value would pass the check constraints that concern one column alone,
 * by evaluating them on a one-row subquery that names the value after the column:
 * {@code SELECT (length(code) = 3) IS NOT FALSE FROM (SELECT CAST(? AS TEXT) AS "code") AS probe}.
 * Casting to a PostgreSQL domain also runs the domain's checks (its own {@code VALUE} checks are not
 * evaluated otherwise). Any error counts as a failure.
 */
final class CheckProbe {

    private final Connection connection;
    private final Dialect dialect;

    CheckProbe(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The checks of {@code table} that mention {@code column} and no other of its columns. */
    static List<String> ownChecks(Dialect dialect, TableInfo table, ColumnInfo column) {
        return column.checks().stream()
                .filter(check -> CheckClauses.mentions(dialect, check, column.name()))
                .filter(check -> table.columns().stream().filter(other -> !other.name().equals(column.name()))
                        .noneMatch(other -> CheckClauses.mentions(dialect, check, other.name())))
                .map(CheckProbe::expression)
                .toList();
    }

    /** Whether {@code value} passes {@code checks} (from {@link #ownChecks}) as a value of {@code column}. */
    boolean passes(ColumnInfo column, List<String> checks, Object value) throws SQLException {
        if (column.checks().isEmpty()) {
            return true;
        }
        String condition = checks.isEmpty() ? "TRUE"
                : checks.stream().map(check -> "(" + check + ") IS NOT FALSE").collect(Collectors.joining(" AND "));
        String cast = column.type().isBlank() ? "?" : "CAST(? AS " + column.type() + ")";
        String sql = "SELECT " + condition + " FROM (SELECT " + cast + " AS " + Identifiers.quote(column.name())
                + ") AS probe";
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Binder.bind(dialect, statement, 1, value);
            try (ResultSet rows = statement.executeQuery()) {
                boolean passes = rows.next() && rows.getBoolean(1);
                connection.releaseSavepoint(savepoint);
                return passes;
            }
        } catch (SQLException e) {
            connection.rollback(savepoint);
            return false;
        }
    }

    /** A check clause without PostgreSQL's {@code CHECK (...)} wrapper and {@code NOT VALID} suffix. */
    private static String expression(String check) {
        String text = check.strip();
        for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
            if (text.toUpperCase(Locale.ROOT).endsWith(suffix)) {
                text = text.substring(0, text.length() - suffix.length()).strip();
            }
        }
        if (text.toUpperCase(Locale.ROOT).startsWith("CHECK ")) {
            text = text.substring("CHECK ".length()).strip();
        }
        return text;
    }
}

package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.sql.SqlSplitter;
import dev.stairway.verifier.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Runs a history's own seed script ({@code seed/<dialect>/S<version>__<name>.sql}) before its revision is walked:
 * its statements in one transaction, rolled back wholly when one fails.
 */
public final class SeedScripts {

    private SeedScripts() {
    }

    /**
     * Runs {@code sql}, the text of {@code script} with Flyway's placeholders replaced, through {@code connection};
     * what went wrong, if anything, such as {@code seed/sqlite/S2__users.sql line 3 (INSERT INTO users ...): ...
     * Nothing of it was kept: it ran in one transaction, rolled back. Fix that statement.}
     */
    public static Optional<String> run(Connection connection, Dialect dialect, MigrationScript script, String sql)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement jdbc = connection.createStatement()) {
            for (SqlStatement statement : SqlSplitter.split(sql, dialect)) {
                try {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    connection.rollback();
                    return Optional.of(script.path() + " line " + statement.line() + " (" + statement.oneLine()
                            + "): " + RowSeeder.oneLine(e) + ". Nothing of it was kept: it ran in one transaction,"
                            + " rolled back. Fix that statement.");
                }
            }
            connection.commit();
            return Optional.empty();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}

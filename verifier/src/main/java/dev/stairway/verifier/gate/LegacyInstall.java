package dev.stairway.verifier.gate;

import dev.stairway.fixtures.JdbcUrls;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.sql.SqlSplitter;
import dev.stairway.verifier.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** Builds an install made without a migration tool: runs its schema scripts, statement by statement. */
final class LegacyInstall {

    private LegacyInstall() {
    }

    /**
     * Runs {@code scripts} on {@code database}, in order, each statement committed on its own, as an application
     * creating its schema on start-up would.
     *
     * @return why a statement failed (file, line, statement and the database's message), empty when all ran
     */
    static Optional<String> build(TestDatabase database, List<MigrationScript> scripts) {
        try (Connection connection = database.connection(); Statement jdbc = connection.createStatement()) {
            for (MigrationScript script : scripts) {
                for (SqlStatement statement : SqlSplitter.split(script.sql(), database.dialect())) {
                    try {
                        jdbc.execute(statement.sql());
                    } catch (SQLException e) {
                        return Optional.of(script.path() + " line " + statement.line() + " ("
                                + statement.firstLine() + ") failed on " + database + ": "
                                + JdbcUrls.mask(e.getMessage()) + ". Fix the legacy script.");
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not build the legacy install on " + database + ": "
                    + e.getMessage(), e);
        }
    }
}

package dev.stairway.verifier.schema;

import dev.stairway.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs SQL statements on a test database, one by one, in auto-commit. */
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
}

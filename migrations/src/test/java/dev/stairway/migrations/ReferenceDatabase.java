package dev.stairway.migrations;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.data.DataComparison;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.UndoRunner;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A test database driven through the reference history with the kit itself: Flyway up to a version, one
 * revision's undo script, plain SQL to seed and read rows, and snapshots of the schema and data.
 */
final class ReferenceDatabase {

    /** The reference history, read once: {@code classpath:db/migration/{sqlite,postgresql}}. */
    static final MigrationHistory HISTORY = MigrationHistory.read("classpath:db/migration");

    private final TestDatabase database;
    private final FlywayRunner flyway;
    private final UndoRunner undo;

    private ReferenceDatabase(TestDatabase database) {
        this.database = database;
        this.flyway = FlywayRunner.of(HISTORY, database.dialect());
        this.undo = UndoRunner.of(flyway);
    }

    /** Drives {@code database} (empty, or at some version of the reference history). */
    static ReferenceDatabase of(TestDatabase database) {
        return new ReferenceDatabase(database);
    }

    /** The revision of {@code version} in {@code dialect}. */
    static Revision revision(Dialect dialect, String version) {
        return HISTORY.revision(dialect, RevisionVersion.from(version)).orElseThrow();
    }

    Dialect dialect() {
        return database.dialect();
    }

    TestDatabase database() {
        return database;
    }

    /** Applies the up migrations up to and including {@code version}. */
    void migrateTo(String version) {
        flyway.migrate(database, RevisionVersion.from(version));
    }

    /** Runs the undo script of {@code version}, the latest applied, and removes it from Flyway's history. */
    void undo(String version) {
        undo.undo(database, revision(dialect(), version));
    }

    /** The versions in Flyway's history table, in the order applied. */
    List<String> appliedVersions() {
        return flyway.applied(database).stream().filter(row -> row.version().isPresent())
                .map(row -> row.version().orElseThrow().toString()).toList();
    }

    /** Runs each statement in its own auto-committed transaction. */
    void execute(String... statements) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The rows of {@code sql}, each as its values joined by {@code |} ({@code null} for SQL NULL). */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    SchemaSnapshot schema() {
        return SchemaSnapshot.read(database);
    }

    DataSnapshot data() {
        return DataSnapshot.read(database);
    }

    /**
     * How the data now differs from {@code before}, one line per difference ({@code chat: 1 row missing: ...}),
     * leaving out {@code lossyColumns}; empty when every row came back.
     */
    List<String> dataDifferencesFrom(DataSnapshot before, Set<String> lossyColumns) {
        return DataComparison.between(before, data(), lossyColumns).lines();
    }
}

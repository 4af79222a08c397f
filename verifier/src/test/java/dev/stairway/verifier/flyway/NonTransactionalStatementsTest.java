package dev.stairway.verifier.flyway;

import static dev.stairway.verifier.flyway.FlywayRunnerTest.HISTORIES;
import static dev.stairway.verifier.flyway.FlywayRunnerTest.appliedVersions;
import static dev.stairway.verifier.flyway.FlywayRunnerTest.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.VerificationReport;
import dev.stairway.verifier.sql.SqlSplitter;
import dev.stairway.verifier.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL statements that cannot run inside a transaction ({@code CREATE INDEX CONCURRENTLY}, ...), in up and
 * undo scripts, on the embedded server. Each case runs in a future with a generous bound: a guard against the hang
 * Flyway's transactional advisory lock caused (its lock connection sat idle in transaction, and
 * {@code CONCURRENTLY} waited for it forever), not a timing.
 */
class NonTransactionalStatementsTest {

    private static final long HANG_GUARD_SECONDS = 120;
    private static final MigrationHistory CONCURRENTLY = MigrationHistory.read(HISTORIES.resolve("concurrently"));

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    private static <T> T withinBound(Supplier<T> work) throws Exception {
        return CompletableFuture.supplyAsync(work).get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    }

    private static List<String> indexes(TestDatabase database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT indexname || CASE WHEN i.indisvalid THEN ''"
                        + " ELSE ' (invalid)' END FROM pg_indexes JOIN pg_class c ON c.relname = indexname"
                        + " JOIN pg_index i ON i.indexrelid = c.oid WHERE tablename = 'notes' ORDER BY 1")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    @Test
    void an_index_created_concurrently_goes_up_down_and_up_again() throws Exception {
        // GIVEN a PostgreSQL history whose V2 creates an index CONCURRENTLY and whose undo drops it CONCURRENTLY
        FlywayRunner flyway = FlywayRunner.of(CONCURRENTLY, Dialect.POSTGRESQL);
        UndoRunner undo = UndoRunner.of(flyway);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // WHEN it goes up
            withinBound(() -> {
                flyway.migrate(database, RevisionVersion.from("2"));
                return null;
            });
            // THEN the index is there and valid
            assertThat(indexes(database)).containsExactly("notes_body_idx", "notes_pkey");

            // WHEN it goes down and up again
            withinBound(() -> {
                undo.undo(database, CONCURRENTLY.revision(Dialect.POSTGRESQL, RevisionVersion.from("2")).orElseThrow());
                return null;
            });
            assertThat(indexes(database)).containsExactly("notes_pkey");
            withinBound(() -> {
                flyway.migrate(database, RevisionVersion.from("2"));
                return null;
            });

            // THEN the index is back and the history holds both versions
            assertThat(indexes(database)).containsExactly("notes_body_idx", "notes_pkey");
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1", "2"));
        }
    }

    @Test
    void the_walk_of_a_history_with_concurrent_index_changes_finishes_and_holds() throws Exception {
        // WHEN Stairway walks the history on both dialects
        VerificationReport report = withinBound(() -> Stairway.configure()
                .migrations(HISTORIES.resolve("concurrently").toString())
                .databases(databases)
                .load()
                .verify());

        // THEN every revision holds
        assertThat(report.failures()).isEmpty();
        assertThat(report.results()).extracting(result -> result.displayName())
                .containsExactly("V1 notes [sqlite]", "V2 index_note_bodies [sqlite]", "V1 notes [postgresql]",
                        "V2 index_note_bodies [postgresql]");
    }

    @Test
    void a_script_mixing_concurrent_and_transactional_statements_runs_with_flyway_mixed(@TempDir Path folder)
            throws Exception {
        // GIVEN a PostgreSQL up that creates a table and indexes it CONCURRENTLY, with flyway.mixed=true
        Path root = FlywayRunnerTest.write(folder, java.util.Map.of("V1__notes.sql",
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(200) NOT NULL);\n"
                        + "CREATE INDEX CONCURRENTLY notes_body_idx ON notes (body);\n"));
        Files.writeString(root.resolve(MigrationHistory.FLYWAY_CONF), "flyway.mixed=true\n");
        FlywayRunner flyway = FlywayRunner.of(MigrationHistory.read(root), Dialect.POSTGRESQL);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // WHEN it goes up
            withinBound(() -> {
                flyway.migrateAll(database);
                return null;
            });

            // THEN table and index are there
            assertThat(indexes(database)).containsExactly("notes_body_idx", "notes_pkey");
        }
    }

    @Test
    void flyway_postgresql_transactional_lock_in_flyway_conf_passes_through_to_flyway(@TempDir Path folder) throws IOException {
        // GIVEN a history that asks for Flyway's transactional lock again (Stairway turns it off)
        Path root = FlywayRunnerTest.write(folder, java.util.Map.of("V1__notes.sql",
                "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n"));
        Files.writeString(root.resolve(MigrationHistory.FLYWAY_CONF), "flyway.postgresql.transactional.lock=true\n");

        // WHEN it is read and migrated
        MigrationHistory history = MigrationHistory.read(root);
        FlywayRunner flyway = FlywayRunner.of(history, Dialect.POSTGRESQL);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            flyway.migrateAll(database);

            // THEN the key passed through to Flyway, which accepted it
            assertThat(history.flywaySettings()).containsEntry("flyway.postgresql.transactional.lock", "true");
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1"));
        }
    }

    @Test
    void an_undo_runs_outside_a_transaction_when_a_statement_refuses_one_on_that_server() {
        List<SqlStatement> addValue = SqlSplitter.split("ALTER TYPE mood ADD VALUE 'calm';", Dialect.POSTGRESQL);
        List<SqlStatement> concurrently = SqlSplitter.split("DROP TABLE old_notes;\n"
                + "DROP INDEX CONCURRENTLY notes_body_idx;", Dialect.POSTGRESQL);
        List<SqlStatement> plain = SqlSplitter.split("DROP TABLE notes;", Dialect.POSTGRESQL);

        assertThat(UndoRunner.runsInTransaction(addValue, 11)).isFalse();
        assertThat(UndoRunner.runsInTransaction(addValue, 17)).isTrue();
        assertThat(UndoRunner.runsInTransaction(concurrently, 17)).isFalse();
        assertThat(UndoRunner.runsInTransaction(plain, 17)).isTrue();
        for (String refuses : List.of("VACUUM notes", "DROP SUBSCRIPTION feed", "REINDEX SCHEMA public",
                "DISCARD ALL", "DROP DATABASE scratch")) {
            assertThat(UndoRunner.runsInTransaction(SqlSplitter.split(refuses + ";", Dialect.POSTGRESQL), 17))
                    .as(refuses).isFalse();
        }
    }
}

package dev.stairway.verifier.flyway;

import static dev.stairway.verifier.flyway.FlywayRunnerTest.HISTORIES;
import static dev.stairway.verifier.flyway.FlywayRunnerTest.appliedVersions;
import static dev.stairway.verifier.flyway.FlywayRunnerTest.columns;
import static dev.stairway.verifier.flyway.FlywayRunnerTest.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.UndoFailedException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.walk.HistoryCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UndoRunnerTest {

    private static final MigrationHistory UNDO = MigrationHistory.read(HISTORIES.resolve("undo"));

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    private static Revision revision(Dialect dialect, String version) {
        return UNDO.revision(dialect, RevisionVersion.from(version)).orElseThrow();
    }

    private static void execute(TestDatabase database, String... sql) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static List<String> rows(TestDatabase database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void undo_then_migrate_applies_the_revision_again(Dialect dialect) throws SQLException {
        // GIVEN a database at V2
        FlywayRunner flyway = FlywayRunner.of(UNDO, dialect);
        UndoRunner undo = UndoRunner.of(flyway);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, RevisionVersion.from("2"));

            // WHEN undoing V2
            undo.undo(database, revision(dialect, "2"));

            // THEN its table is gone and Flyway's history holds only V1
            assertThat(columns(database, "books")).isEmpty();
            HistoryCheck.verify(flyway, database, versions("1"));

            // WHEN migrating to V2 again
            flyway.migrate(database, RevisionVersion.from("2"));

            // THEN Flyway applied it again
            assertThat(columns(database, "books")).containsExactly("id", "author_id", "title");
            HistoryCheck.verify(flyway, database, versions("1", "2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_failing_undo_is_rolled_back_wholly(Dialect dialect) throws SQLException {
        // GIVEN a database at V6, whose undo drops tags and then fails on a missing table
        FlywayRunner flyway = FlywayRunner.of(UNDO, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, RevisionVersion.from("6"));
            execute(database, "INSERT INTO tags (id, label) VALUES (1, 'kept')");

            // WHEN / THEN
            String databaseMessage = dialect == Dialect.SQLITE
                    ? "[SQLITE_ERROR] SQL error or missing database (no such table: no_such_table)"
                    : "ERROR: table \"no_such_table\" does not exist";
            assertThatThrownBy(() -> UndoRunner.of(flyway).undo(database, revision(dialect, "6")))
                    .isInstanceOf(UndoFailedException.class)
                    .hasMessage("Undo common/U6__tags.sql failed on " + database + " at line 2 (DROP TABLE"
                            + " no_such_table): " + databaseMessage + ". Nothing was undone: the undo ran in one"
                            + " transaction, rolled back. Fix that statement in common/U6__tags.sql.");

            // THEN the first statement was rolled back too, and V6 is still recorded
            assertThat(rows(database, "SELECT id, label FROM tags")).containsExactly("1|kept");
            HistoryCheck.verify(flyway, database, versions("1", "2", "3", "4", "5", "6"));
        }
    }

    @Test
    void a_postgresql_undo_restores_a_dollar_quoted_function() throws SQLException {
        // GIVEN a database at V5, whose function upper-cases names
        FlywayRunner flyway = FlywayRunner.of(UNDO, Dialect.POSTGRESQL);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            flyway.migrate(database, RevisionVersion.from("5"));
            execute(database, "INSERT INTO authors (id, name) VALUES (1, 'Ann Smith')");
            assertThat(rows(database, "SELECT author_label(1)")).containsExactly("ANN SMITH");

            // WHEN undoing V5, whose script holds a $body$-quoted function with semicolons inside
            UndoRunner.of(flyway).undo(database, revision(Dialect.POSTGRESQL, "5"));

            // THEN V4's function is back
            assertThat(rows(database, "SELECT author_label(1)")).containsExactly("Ann Smith");
            HistoryCheck.verify(flyway, database, versions("1", "2", "3", "4"));
        }
    }

    @Test
    void a_sqlite_undo_restores_a_trigger_with_a_multi_statement_body() throws SQLException {
        FlywayRunner flyway = FlywayRunner.of(UNDO, Dialect.SQLITE);
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            flyway.migrate(database, RevisionVersion.from("5"));

            UndoRunner.of(flyway).undo(database, revision(Dialect.SQLITE, "5"));

            execute(database, "INSERT INTO authors (id, name) VALUES (1, '  Ann Smith ')");
            assertThat(rows(database, "SELECT name FROM authors")).containsExactly("Ann Smith");
            HistoryCheck.verify(flyway, database, versions("1", "2", "3", "4"));
        }
    }

    @Test
    void a_sqlite_table_rebuild_undo_runs_with_foreign_keys_off_and_restores_them() throws SQLException {
        // GIVEN a database at V3 where books reference authors
        FlywayRunner flyway = FlywayRunner.of(UNDO, Dialect.SQLITE);
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            flyway.migrate(database, RevisionVersion.from("3"));
            execute(database, "INSERT INTO authors (id, name, born) VALUES (1, 'Ann', 1970)",
                    "INSERT INTO books (id, author_id, title) VALUES (10, 1, 'First')");

            // WHEN undoing V3, which rebuilds authors between PRAGMA foreign_keys = OFF and ON
            UndoRunner.of(flyway).undo(database, revision(Dialect.SQLITE, "3"));

            // THEN authors lost only its column, every row is back, and foreign keys are enforced again
            assertThat(columns(database, "authors")).containsExactly("id", "name");
            assertThat(rows(database, "SELECT id, name FROM authors")).containsExactly("1|Ann");
            assertThat(rows(database, "SELECT id, author_id, title FROM books")).containsExactly("10|1|First");
            assertThat(rows(database, "PRAGMA foreign_keys")).containsExactly("1");
            assertThatThrownBy(() -> execute(database, "INSERT INTO books (id, author_id, title) VALUES (11, 99, 'x')"))
                    .hasMessageContaining("FOREIGN KEY constraint failed");
            HistoryCheck.verify(flyway, database, versions("1", "2"));

            // WHEN migrating to V3 again
            flyway.migrate(database, RevisionVersion.from("3"));

            // THEN
            assertThat(columns(database, "authors")).containsExactly("id", "name", "born");
            HistoryCheck.verify(flyway, database, versions("1", "2", "3"));
        }
    }

    @Test
    void a_sqlite_rebuild_undo_that_breaks_a_foreign_key_is_rolled_back() throws SQLException {
        // GIVEN a book whose author the rebuild will not copy
        FlywayRunner flyway = FlywayRunner.of(UNDO, Dialect.SQLITE);
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            flyway.migrate(database, RevisionVersion.from("3"));
            execute(database, "INSERT INTO authors (id, name, born) VALUES (1, 'Ann', 1970)",
                    "INSERT INTO books (id, author_id, title) VALUES (10, 1, 'First')");
            Revision rebuild = revision(Dialect.SQLITE, "3");
            Revision losesAuthors = new Revision(Dialect.SQLITE, rebuild.version(), rebuild.description(),
                    rebuild.up(), rebuild.undo().map(script -> new MigrationScript(script.path(),
                            script.sql().replace("SELECT id, name FROM authors;",
                                    "SELECT id, name FROM authors WHERE id <> 1;"))),
                    rebuild.irreversible(), rebuild.lossyColumns());

            // WHEN / THEN
            assertThatThrownBy(() -> UndoRunner.of(flyway).undo(database, losesAuthors))
                    .isInstanceOf(UndoFailedException.class)
                    .hasMessage("Undo sqlite/U3__author_born.sql leaves foreign keys broken on " + database
                            + " (books row 10 -> authors); it was rolled back. Fix the script so every reference"
                            + " points at an existing row.");
            assertThat(columns(database, "authors")).containsExactly("id", "name", "born");
            assertThat(rows(database, "PRAGMA foreign_keys")).containsExactly("1");
            HistoryCheck.verify(flyway, database, versions("1", "2", "3"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_undo_of_only_comments_is_empty_and_removes_just_the_history_row(Dialect dialect) throws SQLException {
        assertThat(revision(dialect, "7").undoIsEmpty()).isTrue();
        assertThat(revision(dialect, "6").undoIsEmpty()).isFalse();

        FlywayRunner flyway = FlywayRunner.of(UNDO, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, RevisionVersion.from("7"));

            UndoRunner.of(flyway).undo(database, revision(dialect, "7"));

            assertThat(columns(database, "markers")).containsExactly("id");
            HistoryCheck.verify(flyway, database, versions("1", "2", "3", "4", "5", "6"));
        }
    }

    @Test
    void a_postgresql_undo_that_cannot_run_in_a_transaction_runs_statement_by_statement() throws SQLException {
        FlywayRunner flyway = FlywayRunner.of(UNDO, Dialect.POSTGRESQL);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            flyway.migrate(database, RevisionVersion.from("8"));
            assertThat(rows(database, "SELECT indexname FROM pg_indexes WHERE tablename = 'authors'"))
                    .contains("authors_name_idx");

            UndoRunner.of(flyway).undo(database, revision(Dialect.POSTGRESQL, "8"));

            assertThat(rows(database, "SELECT indexname FROM pg_indexes WHERE tablename = 'authors'"))
                    .doesNotContain("authors_name_idx");
            HistoryCheck.verify(flyway, database, versions("1", "2", "3", "4", "5", "6", "7"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void undo_replaces_placeholders_and_uses_the_configured_history_table(Dialect dialect) throws SQLException {
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("settings"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrateAll(database);

            UndoRunner.of(flyway).undo(database, history.revision(dialect, RevisionVersion.from("2")).orElseThrow());

            assertThat(columns(database, "things")).containsExactly("id", "label");
            assertThat(rows(database, "SELECT version FROM stairway_history WHERE version IS NOT NULL"))
                    .containsExactly("1");
            flyway.migrateAll(database);
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1", "2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void only_the_latest_applied_revision_can_be_undone(Dialect dialect) {
        FlywayRunner flyway = FlywayRunner.of(UNDO, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, RevisionVersion.from("2"));

            assertThatThrownBy(() -> UndoRunner.of(flyway).undo(database, revision(dialect, "1")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot undo V1 create_authors [" + dialect + "] on " + database + ": the latest"
                            + " applied version in flyway_schema_history is 2, expected 1. Undo revisions from the"
                            + " latest down.");
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1", "2"));
        }
    }
}

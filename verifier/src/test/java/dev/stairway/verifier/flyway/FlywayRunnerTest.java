package dev.stairway.verifier.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.FlywayMigrations;
import dev.stairway.verifier.MigrationFailedException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.walk.HistoryCheck;
import dev.stairway.verifier.walk.HistoryInconsistentException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlywayRunnerTest {

    /** The histories of the history reader's tests, walked here too. */
    static final Path HISTORIES = Path.of("src/test/resources/histories");

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    static List<RevisionVersion> versions(String... versions) {
        return Stream.of(versions).map(RevisionVersion::from).toList();
    }

    static List<RevisionVersion> appliedVersions(FlywayRunner flyway, TestDatabase database) {
        return flyway.applied(database).stream().filter(AppliedMigration::isVersionedMigration)
                .map(row -> row.version().orElseThrow()).toList();
    }

    static List<String> columns(TestDatabase database, String table) throws SQLException {
        String sql = database.dialect() == Dialect.SQLITE
                ? "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid"
                : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = '" + table + "' ORDER BY ordinal_position";
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                columns.add(result.getString(1));
            }
        }
        return columns;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_applies_exactly_up_to_the_target_version(Dialect dialect) throws SQLException {
        // GIVEN
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("good"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            // WHEN
            flyway.migrate(database, RevisionVersion.from("1.1"));

            // THEN
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1", "1.1"));
            assertThat(columns(database, "users")).containsExactly("id", "name", "email");
            assertThat(columns(database, "audit_log")).isEmpty();
            assertThat(flyway.applied(database)).filteredOn(row -> row.version().isEmpty())
                    .extracting(AppliedMigration::script).containsExactly("R__user_names.sql");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void flyway_community_ignores_undo_scripts_in_the_same_folders(Dialect dialect) {
        // GIVEN a history whose folders hold U scripts next to the V scripts
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("good"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            // WHEN migrating twice, the second time validating against the applied rows
            flyway.migrateAll(database);
            flyway.migrateAll(database);

            // THEN the U scripts were neither applied nor in the way
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1", "1.1", "2", "10"));
            assertThat(flyway.applied(database)).extracting(AppliedMigration::script)
                    .noneMatch(script -> script.startsWith("U"));
            assertThat(HistoryCheck.problems(flyway, database, versions("1", "1.1", "2", "10"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_failing_up_migration_names_the_file_the_line_and_the_database_message(Dialect dialect) {
        // GIVEN
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("failing-up"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            // WHEN / THEN
            String databaseMessage = dialect == Dialect.SQLITE
                    ? "[SQLITE_ERROR] SQL error or missing database (near \"CREAT\": syntax error)"
                    : "ERROR: syntax error at or near \"CREAT\" Position: 1";
            assertThatThrownBy(() -> flyway.migrateAll(database))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessage("Up migration common/V2__broken.sql failed on " + database + " at line 3"
                            + " (CREAT TABLE broken (id INTEGER)): " + databaseMessage
                            + ". Fix that statement in common/V2__broken.sql.")
                    .satisfies(thrown -> {
                        MigrationFailedException failure = (MigrationFailedException) thrown;
                        assertThat(failure.script()).contains("common/V2__broken.sql");
                        assertThat(failure.line()).hasValue(3);
                        assertThat(failure.statement()).contains("CREAT TABLE broken (id INTEGER)");
                        assertThat(failure.databaseMessage()).contains(databaseMessage);
                    });
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_placeholder_and_a_history_table_name_pass_through_to_flyway(Dialect dialect) throws SQLException {
        // GIVEN a history whose flyway.conf names a placeholder and the history table
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("settings"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            // WHEN
            flyway.migrateAll(database);

            // THEN
            assertThat(flyway.historyTable()).isEqualTo("stairway_history");
            assertThat(columns(database, "things")).containsExactly("id", "label", "label_note");
            assertThat(columns(database, "stairway_history")).contains("installed_rank", "version", "success");
            assertThat(columns(database, "flyway_schema_history")).isEmpty();
            assertThat(appliedVersions(flyway, database)).isEqualTo(versions("1", "2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void flyway_migrations_applies_locations_up_to_a_target(Dialect dialect) {
        MigrationHistory history = MigrationHistory.read("classpath:histories/good");
        try (TestDatabase database = databases.create(dialect)) {
            FlywayMigrations.migrate(database, history.flywayLocations(dialect), "2");

            assertThat(appliedVersions(FlywayRunner.of(history, dialect), database))
                    .isEqualTo(versions("1", "1.1", "2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void the_history_check_names_expected_and_found_versions_and_failed_rows(Dialect dialect) throws SQLException {
        // GIVEN a database at version 1.1, then a row marked failed
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("good"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, RevisionVersion.from("1.1"));
            assertThat(HistoryCheck.problems(flyway, database, versions("1", "1.1"))).isEmpty();

            // WHEN the walk expected other versions
            // THEN
            assertThatThrownBy(() -> HistoryCheck.verify(flyway, database, versions("1")))
                    .isInstanceOf(HistoryInconsistentException.class)
                    .hasMessage("flyway_schema_history on " + database + ": expected applied versions [1],"
                            + " found [1, 1.1]");

            // WHEN a row failed
            try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
                statement.execute("UPDATE flyway_schema_history SET success = " + (dialect == Dialect.SQLITE
                        ? "0" : "false") + " WHERE version = '1.1'");
            }

            // THEN
            assertThat(HistoryCheck.problems(flyway, database, versions("1", "1.1"))).containsExactly(
                    "flyway_schema_history on " + database + " has a failed row: version 1.1 (V1_1__add_email.sql)"
                            + " with success = false; expected none");
            assertThat(flyway.applied(database)).filteredOn(row -> row.version().equals(
                    Optional.of(RevisionVersion.from("1.1")))).extracting(AppliedMigration::success)
                    .containsExactly(false);
        }
    }
}

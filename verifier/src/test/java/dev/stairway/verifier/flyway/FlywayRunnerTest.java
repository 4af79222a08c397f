package dev.stairway.verifier.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
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

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_history_runner_applies_callbacks_and_repeatable_migrations_beside_each_step(Dialect dialect)
            throws SQLException {
        // GIVEN a history with an afterMigrate.sql callback and a repeatable migration beside its versions
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("callbacks"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            // WHEN migrating one version at a time
            flyway.migrate(database, RevisionVersion.from("1"));
            flyway.migrate(database, RevisionVersion.from("2"));

            // THEN each version was applied once, the repeatable migration once, the callback after each call
            assertThat(flyway.applied(database)).extracting(AppliedMigration::script)
                    .containsExactly("V1__things.sql", "R__thing_ids.sql", "V2__thing_names.sql");
            assertThat(count(database, "migrate_calls")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void flyway_itself_finds_a_database_migrated_step_by_step_as_if_it_had_migrated_it(Dialect dialect) {
        // GIVEN a database migrated one revision at a time by a history's runner
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("good"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            history.revisions(dialect).forEach(revision -> flyway.migrate(database, revision.version()));

            // WHEN Flyway, listing the history's folders itself, looks at the database
            Flyway plain = Flyway.configure().locations(history.flywayLocations(dialect).toArray(String[]::new))
                    .dataSource(database.dataSource()).load();

            // THEN the scripts and checksums are those it would have recorded: it validates, nothing pending
            assertThatCode(plain::validate).doesNotThrowAnyException();
            assertThat(plain.info().all()).extracting(info -> info.getScript() + " " + info.getState())
                    .containsExactly("V1__create_users.sql SUCCESS", "R__user_names.sql SUCCESS",
                            "V1_1__add_email.sql SUCCESS", "V2__audit_log.sql SUCCESS",
                            "V10__index_user_names.sql SUCCESS");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrating_to_a_version_the_history_does_not_have_says_which_it_has(Dialect dialect) {
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("good"));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            assertThatThrownBy(() -> flyway.migrate(database, RevisionVersion.from("3")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No revision V3 to migrate " + database + " to: the " + dialect.id() + " history at "
                            + HISTORIES.resolve("good") + " has no V3__<name>.sql (its versions run from 1 to 10)."
                            + " Pass a version it has.");
            assertThat(flyway.applied(database)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_version_below_the_latest_applied_one_is_refused_as_flyway_refuses_it_unless_out_of_order(Dialect dialect,
            @TempDir Path folder) throws IOException {
        // GIVEN a database at V3 of a history that had no V2
        Path gap = write(folder.resolve("gap"), Map.of("V1__a.sql", "CREATE TABLE a (id INTEGER);",
                "V3__c.sql", "CREATE TABLE c (id INTEGER);"));
        Path added = write(folder.resolve("added"), Map.of("V1__a.sql", "CREATE TABLE a (id INTEGER);",
                "V2__b.sql", "CREATE TABLE b (id INTEGER);", "V3__c.sql", "CREATE TABLE c (id INTEGER);"));
        Path outOfOrder = write(folder.resolve("out-of-order"), Map.of("V1__a.sql", "CREATE TABLE a (id INTEGER);",
                "V2__b.sql", "CREATE TABLE b (id INTEGER);", "V3__c.sql", "CREATE TABLE c (id INTEGER);"));
        Files.writeString(outOfOrder.resolve(MigrationHistory.FLYWAY_CONF), "flyway.outOfOrder=true\n");
        try (TestDatabase database = databases.create(dialect)) {
            FlywayRunner.of(MigrationHistory.read(gap), dialect).migrateAll(database);

            // WHEN the history gains V2: Flyway refuses it
            FlywayRunner flyway = FlywayRunner.of(MigrationHistory.read(added), dialect);
            assertThatThrownBy(() -> flyway.migrateAll(database)).isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("Flyway could not migrate " + database + " to latest: Validate failed:"
                            + " Migrations have failed validation Detected resolved migration not applied to"
                            + " database: 2. To ignore this migration, set -ignoreMigrationPatterns='*:ignored'.");
            assertThat(flyway.applied(database)).extracting(AppliedMigration::script)
                    .containsExactly("V1__a.sql", "V3__c.sql");

            // WHEN flyway.outOfOrder is set: V2 is applied after V3
            FlywayRunner.of(MigrationHistory.read(outOfOrder), dialect).migrateAll(database);
            assertThat(flyway.applied(database)).extracting(AppliedMigration::script)
                    .containsExactly("V1__a.sql", "V3__c.sql", "V2__b.sql");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_legacy_database_baselined_at_a_version_gets_only_the_versions_above_it(Dialect dialect,
            @TempDir Path folder) throws IOException, SQLException {
        // GIVEN a database whose schema is at V1 with no history table
        MigrationHistory history = MigrationHistory.read(write(folder, Map.of(
                "V1__a.sql", "CREATE TABLE a (id INTEGER);", "V2__b.sql", "CREATE TABLE b (id INTEGER);")));
        FlywayRunner flyway = FlywayRunner.of(history, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE a (id INTEGER)");
            }

            // WHEN it is baselined at V1 and migrated
            flyway.baseline(database, RevisionVersion.from("1"));
            flyway.migrateAll(database);

            // THEN the history holds the baseline, then V2
            assertThat(flyway.applied(database)).extracting(row -> row.version().orElseThrow() + " " + row.type())
                    .containsExactly("1 BASELINE", "2 SQL");
            assertThat(columns(database, "b")).containsExactly("id");

            // AND a second baseline is refused with Flyway's reason
            assertThatThrownBy(() -> flyway.baseline(database, RevisionVersion.from("2")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Flyway could not baseline " + database + " at version 2: ");
        }
    }

    /** A history folder with {@code scripts} in common/ and empty dialect folders. */
    static Path write(Path root, Map<String, String> scripts) throws IOException {
        Files.createDirectories(root.resolve("sqlite"));
        Files.createDirectories(root.resolve("postgresql"));
        Path common = Files.createDirectories(root.resolve("common"));
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Files.writeString(common.resolve(script.getKey()), script.getValue());
        }
        return root;
    }

    static int count(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }
}

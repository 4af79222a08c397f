package dev.stairway.verifier.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.AppliedMigration;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.HistoryTail;
import dev.stairway.verifier.flyway.UndoRunner;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HistoryLedgerTest {

    private static final Path HISTORIES = Path.of("src/test/resources/histories");
    private static final MigrationHistory GOOD = MigrationHistory.read(HISTORIES.resolve("good"));
    private static final MigrationHistory CLEAN = MigrationHistory.read(Path.of("src/test/resources/walk/clean"));

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    private static List<RevisionVersion> versions(String... versions) {
        return Stream.of(versions).map(RevisionVersion::from).toList();
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void every_step_is_judged_as_a_reading_of_the_whole_table_judges_it(Dialect dialect) {
        // GIVEN a walk's steps: each up, its undo and the up again
        FlywayRunner flyway = FlywayRunner.of(CLEAN, dialect);
        UndoRunner undo = UndoRunner.of(flyway);
        HistoryLedger ledger = new HistoryLedger(flyway);
        try (TestDatabase database = databases.create(dialect)) {
            List<RevisionVersion> applied = new ArrayList<>();
            for (Revision revision : CLEAN.revisions(dialect)) {
                RevisionVersion version = revision.version();
                List<RevisionVersion> before = List.copyOf(applied);
                applied.add(version);
                flyway.migrate(database, version);
                assertSameJudgement(ledger, flyway, database, applied);
                if (revision.undo().isPresent()) {
                    undo.undo(database, revision);
                    assertSameJudgement(ledger, flyway, database, before);
                    // WHEN a step is checked against versions it did not leave
                    // THEN the ledger says what the whole table says
                    assertSameJudgement(ledger, flyway, database, applied);
                    flyway.migrate(database, version);
                    assertSameJudgement(ledger, flyway, database, applied);
                }
            }
            assertThat(applied).hasSize(3);
            assertThat(ledger.problems(database, applied)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_row_removed_or_failed_below_the_rows_a_step_changes_is_reported(Dialect dialect) throws SQLException {
        // GIVEN a database at V10, checked once
        FlywayRunner flyway = FlywayRunner.of(GOOD, dialect);
        HistoryLedger ledger = new HistoryLedger(flyway);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, RevisionVersion.from("10"));
            assertThat(ledger.problems(database, versions("1", "1.1", "2", "10"))).isEmpty();

            // WHEN an early row is marked failed
            execute(database, "UPDATE flyway_schema_history SET success = "
                    + (dialect == Dialect.SQLITE ? "0" : "false") + " WHERE version = '1.1'");

            // THEN
            assertThat(ledger.problems(database, versions("1", "1.1", "2", "10"))).containsExactly(
                    "flyway_schema_history on " + database + " has a failed row: version 1.1 (V1_1__add_email.sql)"
                            + " with success = false; expected none");

            // WHEN the first row is removed
            execute(database, "DELETE FROM flyway_schema_history WHERE version = '1'");

            // THEN
            assertThat(ledger.problems(database, versions("1", "1.1", "2", "10"))).contains(
                    "flyway_schema_history on " + database + ": expected applied versions [1, 1.1, 2, 10], found"
                            + " [1.1, 2, 10]");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void the_tail_holds_the_rows_above_a_rank_and_sums_up_those_below(Dialect dialect) {
        // GIVEN a database at V3 of a clean history
        FlywayRunner flyway = FlywayRunner.of(CLEAN, dialect);
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, RevisionVersion.from("3"));
            List<AppliedMigration> all = flyway.applied(database);
            int first = all.get(0).installedRank();
            int last = all.get(all.size() - 1).installedRank();

            // WHEN the rows above the first are asked for, and those above the last
            HistoryTail afterFirst = flyway.appliedAfter(database, first);
            HistoryTail afterLast = flyway.appliedAfter(database, last);

            // THEN
            assertThat(afterFirst.rowsUpTo()).isEqualTo(1);
            assertThat(afterFirst.rankSumUpTo()).isEqualTo(first);
            assertThat(afterFirst.failedUpTo()).isZero();
            assertThat(afterFirst.rowsAbove()).isEqualTo(all.subList(1, all.size()));
            assertThat(afterLast.rowsUpTo()).isEqualTo(all.size());
            assertThat(afterLast.rankSumUpTo()).isEqualTo(all.stream().mapToLong(AppliedMigration::installedRank).sum());
            assertThat(afterLast.rowsAbove()).isEmpty();
        }
    }

    private static void assertSameJudgement(HistoryLedger ledger, FlywayRunner flyway, TestDatabase database,
            List<RevisionVersion> expected) {
        assertThat(ledger.problems(database, expected)).isEqualTo(HistoryCheck.problems(flyway, database, expected));
    }
}

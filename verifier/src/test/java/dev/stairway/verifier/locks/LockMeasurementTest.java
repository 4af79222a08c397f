package dev.stairway.verifier.locks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.StepTiming;
import dev.stairway.verifier.report.VerificationReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Locks and rewrites measured on a real PostgreSQL in the walk, for the up and the undo of each revision, and the
 * verdicts drawn from them: histories under {@code src/test/resources/locks}.
 */
class LockMeasurementTest {

    private static final Path CASES = Path.of("src/test/resources/locks");

    private static Databases databases;
    private static VerificationReport measured;
    private static int serverVersion;

    @BeforeAll
    static void walk_the_measured_history() throws SQLException {
        databases = Databases.load();
        measured = walk("measured", LockPolicy.NOTICE);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL);
                Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SHOW server_version_num")) {
            version.next();
            serverVersion = version.getInt(1);
        }
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    private static VerificationReport walk(String history, LockPolicy policy) {
        return Stairway.configure().migrations(CASES.resolve(history).toString()).dialects(Dialect.POSTGRESQL)
                .databases(databases).locks(policy).load().verify();
    }

    private static RevisionResult result(String revision) {
        return measured.results().stream().filter(result -> result.revision().equals(revision)).findFirst()
                .orElseThrow();
    }

    private static List<String> verdicts(String revision) {
        return result(revision).locks().verdicts().stream().map(Verdict::text).toList();
    }

    @Test
    void every_revision_still_holds_and_the_verdicts_are_notices() {
        assertThat(measured.holds()).isTrue();
        assertThat(measured.results()).hasSize(13).allSatisfy(result -> {
            assertThat(result.timings()).extracting(timing -> timing.step().label())
                    .containsSubsequence("seed", "locks", "up", "down", "re-up");
            assertThat(result.locks().up()).isPresent();
            assertThat(result.locks().undo()).isPresent();
        });
        assertThat(measured.failures()).isEmpty();
    }

    @Test
    void a_new_table_is_locked_but_no_verdict_is_drawn() {
        RevisionLocks locks = result("V1 create_account").locks();

        assertThat(locks.verdicts()).isEmpty();
        assertThat(locks.up().orElseThrow().statements()).extracting(MeasuredStatement::line).containsExactly(1, 6);
        assertThat(locks.up().orElseThrow().statements().get(0).locks())
                .extracting(LockTaken::relation, LockTaken::mode, LockTaken::existedBefore)
                .contains(org.assertj.core.groups.Tuple.tuple("account", "ACCESS EXCLUSIVE", false));
        assertThat(locks.up().orElseThrow().statements().get(1).rowsWritten()).isEqualTo(3);
        // the undo drops the table: ACCESS EXCLUSIVE on a table that existed, but nothing waits on a table that is gone
        assertThat(locks.undo().orElseThrow().statements().get(0).locks())
                .extracting(LockTaken::relation, LockTaken::mode, LockTaken::existedBefore)
                .contains(org.assertj.core.groups.Tuple.tuple("account", "ACCESS EXCLUSIVE", true));
    }

    @Test
    void a_column_with_default_now_rewrites_the_table_only_before_postgresql_11() {
        MeasuredStatement added = result("V2 add_created_at").locks().up().orElseThrow().statements().get(0);

        if (serverVersion >= 110000) {
            assertThat(added.rewrites()).isEmpty();
            assertThat(verdicts("V2 add_created_at")).isEmpty();
        } else {
            assertThat(added.rewrites()).extracting(Rewrite::relation).contains("account");
            assertThat(verdicts("V2 add_created_at")).hasSize(1).allMatch(text -> text.startsWith("table-rewrite"));
        }
        assertThat(added.locks()).extracting(LockTaken::relation, LockTaken::mode, LockTaken::existedBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("account", "ACCESS EXCLUSIVE", true));
    }

    @Test
    void set_not_null_scans_the_table() {
        assertThat(verdicts("V3 email_not_null")).containsExactly("not-null-by-scan at up line 1: SET NOT NULL on"
                + " account.email scans existing table account (3 rows) holding ACCESS EXCLUSIVE, which blocks reads"
                + " and writes");
    }

    @Test
    void set_not_null_proven_by_a_validated_check_is_silent() {
        // the safe pattern: CHECK (note IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL
        assertThat(verdicts("V12 note_check_not_valid")).isEmpty();
        assertThat(verdicts("V13 note_check_validate")).isEmpty();
        assertThat(verdicts("V14 note_not_null")).isEmpty();
    }

    @Test
    void an_index_without_concurrently_on_an_existing_table_blocks_writes() {
        assertThat(verdicts("V4 index_balance")).containsExactly("index-without-concurrently at up line 1: index"
                + " account_balance_idx built on existing table account (3 rows) holding SHARE, which blocks writes"
                + " while it builds");
        LockTaken share = result("V4 index_balance").locks().up().orElseThrow().statements().get(0).locks().stream()
                .filter(lock -> lock.relation().equals("account")).findFirst().orElseThrow();
        assertThat(share.mode()).isEqualTo("SHARE");
        assertThat(share.existedBefore()).isTrue();
        assertThat(share.held()).isPositive();
    }

    @Test
    void a_type_change_that_rewrites_is_measured_in_the_up_and_in_the_undo() {
        ScriptMeasurement up = result("V6 balance_bigint").locks().up().orElseThrow();

        assertThat(up.statements().get(0).rewrites()).extracting(Rewrite::relation, Rewrite::kind, Rewrite::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("account", "table", 3L),
                        org.assertj.core.groups.Tuple.tuple("account_pkey", "index", 3L));
        // the index on the column changed is dropped and built anew as part of the rewrite: no verdict of its own
        assertThat(verdicts("V6 balance_bigint")).containsExactly(
                "table-rewrite at up line 1: table account (3 rows) rewritten under ACCESS EXCLUSIVE, which blocks"
                        + " reads and writes while every row is copied",
                "table-rewrite at undo line 1: table account (3 rows) rewritten under ACCESS EXCLUSIVE, which"
                        + " blocks reads and writes while every row is copied");
    }

    @Test
    void an_accepted_verdict_is_reported_with_its_reason_and_is_no_notice() {
        assertThat(verdicts("V7 email_length")).containsExactly("table-rewrite at up line 2: table account (3 rows)"
                + " rewritten under ACCESS EXCLUSIVE, which blocks reads and writes while every row is copied"
                + " (accepted: account holds a few hundred rows in production)");
        assertThat(result("V7 email_length").findings()).isEmpty();
    }

    @Test
    void a_constraint_validated_where_it_is_added_scans_the_table_and_the_safe_pattern_is_silent() {
        assertThat(verdicts("V8 balance_check")).containsExactly("constraint-validated-on-add at up line 1:"
                + " constraint account_balance_check added to existing table account (3 rows) and validated at once:"
                + " every row is scanned holding ACCESS EXCLUSIVE");
        assertThat(verdicts("V9 id_check_not_valid")).isEmpty();
        assertThat(verdicts("V10 id_check_validate")).isEmpty();
    }

    @Test
    void an_exclusive_lock_held_while_rows_are_backfilled_is_a_verdict() {
        assertThat(verdicts("V11 backfill_note")).containsExactly("exclusive-lock-held at up line 1: ACCESS"
                + " EXCLUSIVE on existing table account (3 rows) stays held until commit while line 2 writes 3 rows:"
                + " its readers and writers wait meanwhile");
        MeasuredStatement alter = result("V11 backfill_note").locks().up().orElseThrow().statements().get(0);
        MeasuredStatement update = result("V11 backfill_note").locks().up().orElseThrow().statements().get(1);
        assertThat(alter.locks().get(0).held()).isEqualTo(alter.duration().plus(update.duration()));
    }

    @Test
    void open_verdicts_are_one_notice_per_revision_on_the_console_and_in_the_report() {
        Map<String, List<String>> notices = measured.findings().stream()
                .filter(finding -> finding.kind() == FindingKind.LOCK_VERDICT)
                .collect(Collectors.groupingBy(Finding::revision, java.util.TreeMap::new,
                        Collectors.mapping(finding -> finding.kind().label() + (finding.isFailure() ? "!" : ""),
                                Collectors.toList())));
        assertThat(notices).containsOnlyKeys(serverVersion >= 110000
                ? List.of("V3 email_not_null", "V4 index_balance", "V6 balance_bigint", "V8 balance_check",
                        "V11 backfill_note")
                : List.of("V2 add_created_at", "V3 email_not_null", "V4 index_balance", "V6 balance_bigint",
                        "V8 balance_check", "V11 backfill_note"));
        assertThat(notices.values()).allSatisfy(kinds -> assertThat(kinds).containsExactly("locks"));
        assertThat(result("V6 balance_bigint").findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.LOCK_VERDICT);
            assertThat(finding.details()).hasSize(2);
        });
    }

    @Test
    void with_the_finding_policy_open_verdicts_fail_and_accepted_ones_do_not() {
        VerificationReport strict = walk("measured", LockPolicy.FINDING);

        assertThat(strict.holds()).isFalse();
        assertThat(strict.failures()).allSatisfy(failure ->
                assertThat(failure.kind()).isEqualTo(FindingKind.LOCK_VERDICT_FAILED));
        assertThat(strict.failures()).extracting(Finding::revision).doesNotContain("V7 email_length")
                .contains("V4 index_balance");
    }

    @Test
    void a_history_of_new_tables_only_draws_no_verdict() {
        VerificationReport harmless = walk("harmless", LockPolicy.FINDING);

        assertThat(harmless.findings()).isEmpty();
        assertThat(harmless.holds()).isTrue();
        assertThat(harmless.results()).allSatisfy(result -> {
            assertThat(result.locks().isMeasured()).isTrue();
            assertThat(result.locks().verdicts()).isEmpty();
        });
        // V2's foreign key locks the existing author table, in modes that block no reader
        assertThat(harmless.results().get(1).locks().up().orElseThrow().statements().get(0).locks())
                .filteredOn(LockTaken::existedBefore)
                .extracting(LockTaken::relation, LockTaken::mode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("author", "SHARE ROW EXCLUSIVE"),
                        org.assertj.core.groups.Tuple.tuple("author", "ACCESS SHARE"),
                        org.assertj.core.groups.Tuple.tuple("author_pkey", "ACCESS SHARE"));
    }

    @Test
    void locks_on_a_table_the_same_script_drops_draw_no_verdict() {
        // GIVEN U1 builds an index on teams, rewrites it, sets NOT NULL and validates a check, then drops teams;
        // V2 builds an index on teams, which stays
        // WHEN measuring the walk
        VerificationReport dropped = walk("dropped", LockPolicy.NOTICE);

        // THEN U1 draws no verdict: its DROP holds ACCESS EXCLUSIVE on teams to the end anyway; V2's index does
        assertThat(dropped.results()).extracting(RevisionResult::revision, result -> result.locks().verdicts().stream()
                .map(Verdict::text).toList()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("V1 create_teams", List.of()),
                        org.assertj.core.groups.Tuple.tuple("V2 index_teams", List.of("index-without-concurrently at"
                                + " up line 1: index teams_name_idx built on existing table teams (3 rows) holding"
                                + " SHARE, which blocks writes while it builds")));
        // the undo's locks on teams are still measured and shown, only not judged
        assertThat(dropped.results().get(0).locks().undo().orElseThrow().statements().get(0).locks())
                .extracting(LockTaken::relation, LockTaken::mode)
                .contains(org.assertj.core.groups.Tuple.tuple("teams", "SHARE"));
    }

    @Test
    void with_measurement_off_nothing_is_measured() {
        VerificationReport off = walk("harmless", LockPolicy.OFF);

        assertThat(off.results()).allSatisfy(result -> {
            assertThat(result.locks()).isEqualTo(RevisionLocks.NONE);
            assertThat(result.timings()).extracting(StepTiming::step).doesNotContain(dev.stairway.verifier.report.Step.LOCKS);
        });
    }
}

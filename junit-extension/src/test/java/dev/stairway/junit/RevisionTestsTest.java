package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class RevisionTestsTest {

    @Test
    void a_clean_history_yields_one_passing_test_per_revision_per_dialect_and_one_for_parity() {
        EngineExecutionResults results = TestKitRuns.run(Map.of(), CleanHistory.class);

        assertThat(displayNames(results, true)).containsExactly(
                "V1 create_orders [sqlite]", "V2 index_orders [sqlite]",
                "V1 create_orders [postgresql]", "V2 index_orders [postgresql]",
                "V1 create_orders [sqlite = postgresql]", "V2 index_orders [sqlite = postgresql]");
        assertThat(results.testEvents().failed().count()).isZero();
    }

    @Test
    void an_undo_that_leaves_an_index_fails_that_revision_on_that_dialect_with_the_finding() {
        EngineExecutionResults results = TestKitRuns.run(Map.of(), LeftoverIndex.class);

        assertThat(displayNames(results, false)).containsExactly("V2 index_orders [postgresql]");
        List<String> messages = TestKitRuns.failureMessages(results);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).lines()).satisfiesExactly(
                schema -> assertThat(schema).isEqualTo("V2 index_orders [postgresql]: schema not restored:"
                        + " index orders_placed_by_idx is still present (expected absent, as at V1)"),
                reUp -> assertThat(reUp)
                        .startsWith("V2 index_orders [postgresql]: re-up failed: Up migration"
                                + " postgresql/V2__index_orders.sql failed on postgresql database stairway_")
                        .endsWith("at line 1 (CREATE INDEX orders_placed_by_idx ON orders (placed_by)): ERROR:"
                                + " relation \"orders_placed_by_idx\" already exists. Fix that statement in"
                                + " postgresql/V2__index_orders.sql."));
        assertThat(displayNames(results, true)).contains("V2 index_orders [sqlite]", "V1 create_orders [postgresql]");
    }

    @Test
    void an_injected_walk_runs_on_the_postgresql_server_the_run_shares_with_migrated_database_classes() {
        // GIVEN, in one test run, a @MigratedDatabase class that reports its PostgreSQL server, and a
        // @VerifyRevisions class walking a history whose V2 re-up fails (the failure names the server)
        EngineExecutionResults results = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME,
                "sqlite,postgresql"), ReportsItsServer.class, InjectedLeftoverIndex.class);

        // THEN the walk's tests are named and fail as RevisionTests' do, on that same server
        assertThat(displayNames(results, false)).containsExactly("V2 index_orders [postgresql]");
        List<String> servers = results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("server"))
                .toList();
        assertThat(servers).singleElement().asString().startsWith("localhost:");
        assertThat(TestKitRuns.failureMessages(results)).singleElement().asString()
                .contains("(jdbc:postgresql://" + servers.get(0) + "/stairway_");
    }

    @Test
    void a_lock_verdict_is_a_notice_in_its_revisions_output_and_a_failure_with_stairway_locks_finding() {
        String verdict = "V2 index_orders [postgresql]: locks: index-without-concurrently at up line 1: index"
                + " orders_placed_by_idx built on existing table orders (3 rows) holding SHARE, which blocks writes"
                + " while it builds";
        // GIVEN a history whose V2 indexes a table with rows without CONCURRENTLY

        // WHEN it is walked by default, its output captured
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        EngineExecutionResults notices;
        try {
            System.setOut(new java.io.PrintStream(output, true, java.nio.charset.StandardCharsets.UTF_8));
            notices = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "postgresql"),
                    InjectedClean.class);
        } finally {
            System.setOut(console);
        }

        // THEN every test passes, and V2's prints the verdict as a notice
        assertThat(notices.testEvents().failed().count()).isZero();
        assertThat(output.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).contains("notice: " + verdict);

        // WHEN it is walked with stairway.locks=finding
        EngineExecutionResults findings = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME,
                "postgresql", "stairway.locks", "finding"), InjectedClean.class);

        // THEN V2's test fails with the verdict
        assertThat(displayNames(findings, false)).containsExactly("V2 index_orders [postgresql]");
        assertThat(TestKitRuns.failureMessages(findings)).containsExactly(verdict);
    }

    @VerifyRevisions
    static class InjectedClean {
        @TestFactory
        Stream<DynamicTest> revisions(RevisionWalk walk) {
            return walk.tests("classpath:walk/clean");
        }
    }

    @Test
    void revisions_after_an_up_that_fails_are_aborted_tests_that_say_why_and_no_parity_test_passes_for_them() {
        // GIVEN a history whose V2 up has a syntax error on both dialects, and a V3 built on it
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(BrokenUp.class);

        // THEN every revision of every dialect is a test: V1 passes, V2 fails, V3 is aborted (not missing);
        // the parity tests pass only at V1, where both dialects went up
        assertThat(displayNames(results, true)).containsExactly("V1 create_orders [sqlite]",
                "V1 create_orders [postgresql]", "V1 create_orders [sqlite = postgresql]");
        assertThat(displayNames(results, false)).containsExactly("V2 add_order_lines [sqlite]",
                "V2 add_order_lines [postgresql]");
        assertThat(results.testEvents().aborted().stream()
                .map(event -> event.getTestDescriptor().getDisplayName() + ": " + event
                        .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage())
                .toList()).containsExactly(
                        "V3 index_orders [sqlite]: V3 index_orders [sqlite]: not walked: the up of V2 add_order_lines"
                                + " failed",
                        "V3 index_orders [postgresql]: V3 index_orders [postgresql]: not walked: the up of V2"
                                + " add_order_lines failed",
                        "V2 add_order_lines [sqlite = postgresql]: V2 add_order_lines [sqlite, postgresql]: not"
                                + " checked: the dialects are not compared here: the up did not pass on sqlite and"
                                + " postgresql",
                        "V3 index_orders [sqlite = postgresql]: V3 index_orders [sqlite]: not walked: the up of V2"
                                + " add_order_lines failed");
        assertThat(results.testEvents().started().count()).isEqualTo(9);
    }

    @Test
    void the_step_time_limit_is_a_junit_configuration_parameter_like_the_other_settings() {
        // GIVEN a @VerifyRevisions class walking a history whose V2 up never ends, with stairway.step.timeout=2s
        EngineExecutionResults results = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite",
                "stairway.step.timeout", "2s"), InjectedEndless.class);

        // THEN V2 fails as timed out after 2 s, and V3, which builds on it, is aborted as not walked
        assertThat(displayNames(results, true)).containsExactly("V1 create_orders [sqlite]");
        assertThat(TestKitRuns.failureMessages(results)).containsExactly("V2 wait_forever [sqlite]: timed out: up"
                + " timed out after 2 s at sqlite/V2__wait_forever.sql line 1 (WITH RECURSIVE r(n) AS (SELECT 1 UNION"
                + " ALL SELECT n + 1 FROM r) SELECT count(*) FROM r); make the step faster, or raise the limit with"
                + " --step-timeout or stairway.step.timeout; the walk of sqlite stops here: later revisions build on"
                + " this one");
        assertThat(results.testEvents().aborted().stream().map(event -> event.getTestDescriptor().getDisplayName()))
                .containsExactly("V3 index_orders [sqlite]");
    }

    @Test
    void each_dialect_has_a_test_per_revision_of_its_own_and_parity_is_tested_at_the_versions_both_have() {
        // GIVEN a @VerifyRevisions class walking a history where V2 is SQLite's alone and V4 PostgreSQL's alone
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(InjectedPerDialectVersions.class);

        // THEN every revision of each dialect is a passing test, and parity is tested at V1 and V3 only
        assertThat(displayNames(results, true)).containsExactly(
                "V1 create_people [sqlite]", "V2 trim_names [sqlite]", "V3 add_email [sqlite]",
                "V1 create_people [postgresql]", "V3 add_email [postgresql]", "V4 widen_names [postgresql]",
                "V1 create_people [sqlite = postgresql]", "V3 add_email [sqlite = postgresql]");
        assertThat(results.testEvents().failed().count()).isZero();
        assertThat(results.testEvents().aborted().count()).isZero();
    }

    @Test
    void the_release_gate_yields_one_passing_test_per_release_per_dialect() {
        // GIVEN a history with release 1.0 at V1, its files as released, gated through an injected walk
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(CleanReleases.class);

        // THEN each release is a test per dialect, and each passes
        assertThat(displayNames(results, true)).containsExactly("release 1.0 (V1) [sqlite]",
                "release 1.0 (V1) [postgresql]");
        assertThat(results.testEvents().failed().count()).isZero();
    }

    @Test
    void a_released_file_edited_since_fails_its_release_on_its_dialect_with_the_drift() {
        // GIVEN a history with release 1.0 at V1 whose sqlite/V1__create_orders.sql was edited since
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(DriftedRelease.class);

        // THEN the SQLite test of the release fails naming the file, the PostgreSQL one passes
        assertThat(displayNames(results, false)).containsExactly("release 1.0 (V1) [sqlite]");
        assertThat(displayNames(results, true)).containsExactly("release 1.0 (V1) [postgresql]");
        assertThat(TestKitRuns.failureMessages(results)).containsExactly("release 1.0 (V1) [sqlite]: released file"
                + " changed: sqlite/V1__create_orders.sql: sha256 d5c1e6bc1533… recorded, df68f4feba92… now; databases"
                + " at 1.0 ran the recorded text. Restore the file and make the change in a new revision.");
    }

    private static List<String> displayNames(EngineExecutionResults results, boolean succeeded) {
        return (succeeded ? results.testEvents().succeeded() : results.testEvents().failed()).stream()
                .map(event -> event.getTestDescriptor().getDisplayName())
                .toList();
    }

    static class CleanHistory {
        @TestFactory
        Stream<DynamicTest> revisions() {
            return RevisionTests.walk("classpath:walk/clean");
        }
    }

    @MigratedDatabase(dialects = Dialect.POSTGRESQL)
    static class ReportsItsServer {
        @Test
        void report_the_server(TestDatabase database, TestReporter reporter) {
            String address = database.jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");
            reporter.publishEntry("server", address);
        }
    }

    @VerifyRevisions
    static class InjectedLeftoverIndex {
        @TestFactory
        Stream<DynamicTest> revisions(RevisionWalk walk) {
            return walk.tests("classpath:walk/leftover-index");
        }
    }

    @VerifyRevisions
    static class InjectedEndless {
        @TestFactory
        Stream<DynamicTest> revisions(RevisionWalk walk) {
            return walk.tests("classpath:walk/endless");
        }
    }

    @VerifyRevisions
    static class InjectedPerDialectVersions {
        @TestFactory
        Stream<DynamicTest> revisions(RevisionWalk walk) {
            return walk.tests("classpath:walk/per-dialect-versions");
        }
    }

    static class BrokenUp {
        @TestFactory
        Stream<DynamicTest> revisions() {
            return RevisionTests.walk("classpath:walk/broken-up");
        }
    }

    @VerifyRevisions
    static class CleanReleases {
        @TestFactory
        Stream<DynamicTest> releases(RevisionWalk walk) {
            return walk.gate("classpath:gate/clean");
        }
    }

    static class DriftedRelease {
        @TestFactory
        Stream<DynamicTest> releases() {
            return RevisionTests.gate("classpath:gate/drifted");
        }
    }

    static class LeftoverIndex {
        @TestFactory
        Stream<DynamicTest> revisions() {
            return RevisionTests.walk("classpath:walk/leftover-index");
        }
    }
}

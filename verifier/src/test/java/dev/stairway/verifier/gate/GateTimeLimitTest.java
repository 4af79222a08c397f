package dev.stairway.verifier.gate;

import static dev.stairway.verifier.gate.GateCases.copy;
import static dev.stairway.verifier.gate.GateCases.finding;
import static dev.stairway.verifier.gate.GateCases.release;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Interruption;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.GateReport;
import dev.stairway.verifier.report.ReleaseResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's steps run within the walk's time limit and stop when the run is interrupted, on both dialects: a step
 * past the limit is one finding that ends its path, and an interrupted gate ends with a report marked so and no
 * invented finding.
 */
class GateTimeLimitTest {

    /** The endless SQLite query as a finding shows it: its first 100 characters. */
    private static final String ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE"
            + " (SELECT count(*) FROM t) > 0) SELECT count(*) FR...";
    private static final String RAISE = "; make the step faster, or raise the limit with --step-timeout or"
            + " stairway.step.timeout";

    private static Databases databases;

    @TempDir
    Path directory;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void an_up_past_the_limit_on_an_upgrade_path_is_a_finding_and_the_next_release_is_checked() {
        // GIVEN a history whose V2 runs an endless query once t holds rows (SQLite: a recursive CTE that goes on
        // while t is not empty; PostgreSQL: pg_sleep(1000) when it is not), so a fresh install passes; releases at
        // V1 and V2
        Path history = copy("slow-upgrade", directory);
        release(history, "1.0", "1");
        release(history, "2.0", "2");

        // WHEN gating it with a limit of 2 s per step
        GateReport report = Stairway.configure().migrations(history.toString()).databases(databases)
                .stepTimeLimit(Duration.ofSeconds(2)).load().gate();

        // THEN the upgrade from 1.0 times out at V2's query and its path stops there; 2.0 is checked and holds
        String postgresql = "SELECT pg_sleep(CASE WHEN EXISTS (SELECT 1 FROM t) THEN 1000 ELSE 0 END)";
        assertThat(report.findings()).containsExactly(
                finding("release 1.0 (V1)", Dialect.SQLITE, FindingKind.TIMED_OUT, "up timed out after 2 s at"
                        + " sqlite/V2__index_names.sql line 1 (" + ENDLESS + ")" + RAISE,
                        "the upgrade path from V1 stops here"),
                finding("release 1.0 (V1)", Dialect.POSTGRESQL, FindingKind.TIMED_OUT, "up timed out after 2 s at"
                        + " postgresql/V2__index_names.sql line 1 (" + postgresql + ")" + RAISE,
                        "the upgrade path from V1 stops here"));
        assertThat(report.results()).extracting(ReleaseResult::displayName).containsExactly(
                "release 1.0 (V1) [sqlite]", "release 2.0 (V2) [sqlite]",
                "release 1.0 (V1) [postgresql]", "release 2.0 (V2) [postgresql]");
        assertThat(report.results()).extracting(ReleaseResult::holds).containsExactly(false, true, false, true);
        // stopped at the limit, not long after it
        assertThat(report.results().get(0).elapsed()).isLessThan(Duration.ofSeconds(30));
        assertThat(report.interrupted()).isFalse();
    }

    @Test
    void an_interrupted_gate_ends_with_a_report_marked_interrupted_and_no_invented_finding() {
        // GIVEN the same history and a gate with the default time limit, interrupted 3 s after it starts, while
        // the upgrade from 1.0 on SQLite runs its endless query
        Path history = copy("slow-upgrade", directory);
        release(history, "1.0", "1");
        Interruption interruption = new Interruption();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        GateReport report;
        try {
            timer.schedule(interruption::interrupt, 3, TimeUnit.SECONDS);
            report = Stairway.configure().migrations(history.toString()).databases(databases)
                    .interruption(interruption).load().gate();
        } finally {
            timer.shutdownNow();
        }

        // THEN the gate stops at once: no result for the release under way nor for PostgreSQL, no finding, and the
        // report is marked interrupted (so it does not hold)
        assertThat(report.interrupted()).isTrue();
        assertThat(report.results()).isEmpty();
        assertThat(report.findings()).isEmpty();
        assertThat(report.holds()).isFalse();
        assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(60));
    }
}

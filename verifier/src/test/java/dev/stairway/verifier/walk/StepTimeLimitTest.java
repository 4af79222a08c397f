package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.finding;
import static dev.stairway.verifier.walk.WalkCases.findings;
import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static dev.stairway.verifier.walk.WalkCases.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A step that runs past the time limit is stopped on both dialects (PostgreSQL: the statement is cancelled; SQLite:
 * the connection is interrupted), reported once, and the walk goes on where it can.
 */
class StepTimeLimitTest {

    private static final String ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT"
            + " count(*) FROM r";
    private static final String RAISE = "; make the step faster, or raise the limit with --step-timeout or"
            + " stairway.step.timeout";

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    /** Walks a case with the time limit, without measuring locks: these cases are about time limits. */
    private static VerificationReport verify(String name, Duration limit) {
        return Stairway.configure().migrations(WalkCases.folder(name)).databases(databases).stepTimeLimit(limit)
                .locks(LockPolicy.OFF).load().verify();
    }

    @Test
    void an_undo_past_the_limit_is_stopped_and_an_up_past_it_ends_that_dialects_walk() {
        // GIVEN U2 runs an endless query (SQLite: a recursive CTE; PostgreSQL: pg_sleep(1000)) before its DROP INDEX,
        // and V3's second statement does the same; V4 builds on V3

        // WHEN walking it on both dialects with a limit of 2 s per step
        VerificationReport report = verify("slow-steps", Duration.ofSeconds(2));

        // THEN the undo times out and the walk rebuilds V2 and goes on; the up of V3 times out and V4 is not walked
        assertThat(findings(report)).containsExactly(
                finding("V2 index_names", Dialect.SQLITE, FindingKind.TIMED_OUT, "down timed out after 2 s at"
                        + " sqlite/U2__index_names.sql line 1 (" + ENDLESS + ")" + RAISE),
                finding("V3 wait_forever", Dialect.SQLITE, FindingKind.TIMED_OUT, "up timed out after 2 s at"
                        + " sqlite/V3__wait_forever.sql line 2 (" + ENDLESS + ")" + RAISE,
                        "the walk of sqlite stops here: later revisions build on this one"),
                finding("V2 index_names", Dialect.POSTGRESQL, FindingKind.TIMED_OUT, "down timed out after 2 s at"
                        + " postgresql/U2__index_names.sql line 1 (SELECT pg_sleep(1000))" + RAISE),
                finding("V3 wait_forever", Dialect.POSTGRESQL, FindingKind.TIMED_OUT, "up timed out after 2 s at"
                        + " postgresql/V3__wait_forever.sql line 2 (SELECT pg_sleep(1000))" + RAISE,
                        "the walk of postgresql stops here: later revisions build on this one"),
                Finding.onBoth("V3 wait_forever", FindingKind.NOT_CHECKED, List.of("the dialects are not compared"
                        + " here: the up did not pass on sqlite and postgresql")));
        for (Dialect dialect : Dialect.values()) {
            assertThat(revisionsWalked(report, dialect)).containsExactly("V1 create_t", "V2 index_names",
                    "V3 wait_forever");
            assertThat(steps(report.resultsOf(dialect).get(1))).endsWith("down", "rebuild");
            assertThat(report.notWalkedOf(dialect)).extracting(NotWalked::message).containsExactly(
                    "V4 create_tags [" + dialect.id() + "]: not walked: the up of V3 wait_forever timed out");
            // stopped at the limit, not long after it
            assertThat(report.resultsOf(dialect).get(2).timings().stream()
                    .filter(timing -> timing.step().label().equals("up")).findFirst().orElseThrow().duration())
                    .isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void a_history_whose_steps_all_fit_the_limit_has_no_time_out() {
        // GIVEN the clean history

        // WHEN walking it with a limit of 20 s per step
        VerificationReport report = verify("clean", Duration.ofSeconds(20));

        // THEN nothing times out: every revision holds on both dialects
        assertThat(report.findings()).isEmpty();
        assertThat(report.results()).hasSize(6).allMatch(RevisionResult::holds);
    }
}

package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static dev.stairway.verifier.walk.WalkCases.steps;
import static dev.stairway.verifier.walk.WalkCases.verify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.report.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Correct histories that once raised findings: each must walk in silence. */
class NoFalseAlarmWalkTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void a_placeholder_revision_and_a_reserved_word_column_raise_nothing() {
        // GIVEN V1 indexes a column named "time" (PostgreSQL quotes it in index definitions, SQLite does not), and
        // V2 is a placeholder: an up and an undo holding only comments
        // WHEN walking it on both dialects
        VerificationReport report = verify("no-false-alarms", databases);

        // THEN nothing is found, not even a notice, and the placeholder went up, down and up again
        assertThat(report.findings()).isEmpty();
        for (Dialect dialect : Dialect.values()) {
            assertThat(revisionsWalked(report, dialect)).containsExactly("V1 create_slots", "V2 placeholder");
            assertThat(steps(report.resultsOf(dialect).get(1))).contains("up", "down", "re-up");
        }
    }
}

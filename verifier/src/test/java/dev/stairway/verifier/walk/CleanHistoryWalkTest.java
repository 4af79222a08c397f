package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.finding;
import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static dev.stairway.verifier.walk.WalkCases.steps;
import static dev.stairway.verifier.walk.WalkCases.verify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Histories that hold: every revision goes up, down and up again with schema and data intact. */
class CleanHistoryWalkTest {

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
    void clean_history_holds_on_both_dialects_with_every_step_walked() {
        // GIVEN tables, a foreign key, an index and a revision that copies data from one table into another,
        // each with an undo that restores what was there
        List<String> heard = new ArrayList<>();
        WalkListener listener = new WalkListener() {
            @Override
            public void dialectStarted(Dialect dialect, int revisions) {
                heard.add(dialect.id() + ": " + revisions + " revisions");
            }

            @Override
            public void revisionWalked(RevisionResult result) {
                heard.add(result.displayName());
            }
        };

        // WHEN walking it on both dialects
        VerificationReport report = Stairway.configure().migrations(WalkCases.folder("clean"))
                .databases(databases).listener(listener).load().verify();

        // THEN nothing is found, not even a notice, and every revision went up, down and up again on each dialect
        assertThat(report.findings()).isEmpty();
        assertThat(report.holds()).isTrue();
        assertThat(report.dialects()).containsExactly(Dialect.SQLITE, Dialect.POSTGRESQL);
        for (Dialect dialect : Dialect.values()) {
            assertThat(revisionsWalked(report, dialect))
                    .containsExactly("V1 create_authors", "V2 create_books", "V3 copy_author_names");
        }
        assertThat(report.results()).hasSize(6).allSatisfy(result -> {
            assertThat(result.holds()).isTrue();
            assertThat(steps(result)).containsExactlyElementsOf(result.dialect() == Dialect.SQLITE
                    ? List.of("seed", "check", "up", "down", "re-up")
                    : List.of("seed", "check", "locks", "up", "down", "re-up"));
        });
        // V3's backfill holds ACCESS EXCLUSIVE on books while it writes: measured, and accepted in its file
        assertThat(report.resultsOf(Dialect.POSTGRESQL).get(2).locks().verdicts()).singleElement()
                .satisfies(verdict -> assertThat(verdict.accepted()).contains("books is small: the backfill runs in"
                        + " the transaction that adds the column"));
        assertThat(heard).containsExactly(
                "sqlite: 3 revisions",
                "V1 create_authors [sqlite]", "V2 create_books [sqlite]", "V3 copy_author_names [sqlite]",
                "postgresql: 3 revisions",
                "V1 create_authors [postgresql]", "V2 create_books [postgresql]",
                "V3 copy_author_names [postgresql]");
    }

    @Test
    void irreversible_revision_is_a_notice_and_the_walk_goes_on_above_it() {
        // GIVEN V2 declares '-- stairway:irreversible drops the legacy payloads for good' and has no undo,
        // and V3 above it has one

        // WHEN walking it on both dialects
        VerificationReport report = verify("irreversible", databases);

        // THEN V2 is reported as a notice, not a failure, and V3 is walked up, down and up again
        assertThat(report.findings()).containsExactly(
                finding("V2 drop_legacy_payload", Dialect.SQLITE, FindingKind.IRREVERSIBLE,
                        "drops the legacy payloads for good"),
                finding("V2 drop_legacy_payload", Dialect.POSTGRESQL, FindingKind.IRREVERSIBLE,
                        "drops the legacy payloads for good"));
        assertThat(report.findings().get(0).message())
                .isEqualTo("V2 drop_legacy_payload [sqlite]: irreversible: drops the legacy payloads for good");
        assertThat(report.failures()).isEmpty();
        assertThat(report.holds()).isTrue();
        for (Dialect dialect : Dialect.values()) {
            List<RevisionResult> results = report.resultsOf(dialect);
            assertThat(results).extracting(RevisionResult::revision)
                    .containsExactly("V1 create_events", "V2 drop_legacy_payload", "V3 index_event_kinds");
            assertThat(steps(results.get(1))).containsExactly("seed", "check", "up");
            // V3 finds every table filled, so it reads no rows before its up: V2's rows are V3's starting point
            assertThat(steps(results.get(2))).containsExactly("seed", "up", "check", "down", "re-up");
        }
    }
}

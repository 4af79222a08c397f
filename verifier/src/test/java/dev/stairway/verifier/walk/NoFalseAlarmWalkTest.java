package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.finding;
import static dev.stairway.verifier.walk.WalkCases.findings;
import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static dev.stairway.verifier.walk.WalkCases.steps;
import static dev.stairway.verifier.walk.WalkCases.verify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Correct histories that once raised findings: each must walk in silence. */
class NoFalseAlarmWalkTest {

    private static Databases databases;

    /** The notice for a column with a volatile default. */
    private static String notice(String column, String defaultValue) {
        return "column " + column + " defaults to " + defaultValue
                + ": after the second up, compared by presence and nullness, not value";
    }

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

    @Test
    void volatile_defaults_are_compared_by_presence_with_a_notice_once_per_column_on_postgresql() {
        // GIVEN V2 adds columns defaulting to now(), CURRENT_TIMESTAMP, extract(epoch FROM now()), random() and
        // gen_random_uuid() (and a constant one); V3 numbers the rows from a sequence, under a constant default
        // WHEN walking it
        VerificationReport report = verify("volatile-defaults", databases, Dialect.POSTGRESQL);

        // THEN V2 brings one notice per volatile column and no finding; V3's numbers still differ by value
        assertThat(findings(report)).containsExactly(
                finding("V2 audit_events", Dialect.POSTGRESQL, FindingKind.VOLATILE_VALUE,
                        notice("events.created_at", "now()"), notice("events.epoch", "EXTRACT(epoch FROM now())"),
                        notice("events.luck", "random()"), notice("events.stamp", "CURRENT_TIMESTAMP"),
                        notice("events.token", "gen_random_uuid()")),
                finding("V3 number_events", Dialect.POSTGRESQL, FindingKind.DATA_NOT_REPRODUCED,
                        "events.position: 3 rows changed, e.g. id=1745001: 1 → 4"));
    }

    @Test
    void volatile_defaults_are_compared_by_presence_with_a_notice_once_per_column_on_sqlite() {
        // GIVEN V2 creates a table whose columns default to CURRENT_TIMESTAMP, date('now'), strftime('%s', 'now'),
        // randomblob(8) and random() (and a constant), filled by the up; V3 numbers rows under a constant default
        // WHEN walking it
        VerificationReport report = verify("volatile-defaults", databases, Dialect.SQLITE);

        // THEN V2 brings one notice per volatile column and no finding; V3's numbers still differ by value
        assertThat(findings(report)).containsExactly(
                finding("V2 audit_events", Dialect.SQLITE, FindingKind.VOLATILE_VALUE,
                        notice("audit.at", "current_timestamp"), notice("audit.day", "date('now')"),
                        notice("audit.epoch", "strftime('%s', 'now')"), notice("audit.luck", "random()"),
                        notice("audit.token", "randomblob(8)")),
                finding("V3 number_events", Dialect.SQLITE, FindingKind.DATA_NOT_REPRODUCED,
                        "events.position: 3 rows changed, e.g. id=1745001: 1308004 → 1308005",
                        "ticket: 1 row missing: ticket(id=1308004, note='numbering')",
                        "ticket: 1 row unexpected: ticket(id=1308005, note='numbering')"));
    }

    @Test
    void a_column_with_two_foreign_keys_to_one_parent_raises_nothing() {
        // GIVEN V2 declares two foreign keys on members.picture_id, inline (ON DELETE CASCADE) and as a table
        // constraint (ON DELETE SET NULL), in both dialects
        // WHEN walking it
        VerificationReport report = verify("two-keys-one-column", databases);

        // THEN both keys are kept and compared as they are: nothing is found
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void a_rowid_alias_declared_not_null_by_the_undo_raises_nothing_on_sqlite() {
        // GIVEN V1 declares tags.id INTEGER PRIMARY KEY AUTOINCREMENT, and U2 rebuilds the table spelling it
        // INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT: the same rowid alias, which is never NULL either way
        // WHEN walking it
        VerificationReport report = verify("rowid-alias", databases, Dialect.SQLITE);

        // THEN the undo restores V1's schema: nothing is found
        assertThat(findings(report)).isEmpty();
        assertThat(revisionsWalked(report, Dialect.SQLITE)).containsExactly("V1 create_tags", "V2 flag_hashtags");
    }

    @Test
    void columns_the_up_fills_from_a_stable_function_that_reads_no_clock_are_compared_by_value_without_a_notice() {
        // GIVEN V2 adds threads.summary and fills it with jsonb_build_object (PostgreSQL: a stable function, as
        // now() is, but one that gives the same value for the same row) or json_object (SQLite)
        // WHEN walking it
        VerificationReport report = verify("deterministic-writes", databases);

        // THEN nothing to tell: the re-up's summaries equal the first up's, and no notice says otherwise
        assertThat(findings(report)).isEmpty();
        assertThat(report.holds()).isTrue();
    }

    @Test
    void columns_the_up_fills_from_the_clock_are_compared_by_presence_with_a_notice() {
        // GIVEN V2 adds threads.touched and fills it from the clock, by an UPDATE of every row and an INSERT of
        // its own (PostgreSQL clock_timestamp() and now(), SQLite julianday('now') and unixepoch('now', 'subsec'))
        // WHEN walking it
        VerificationReport report = verify("volatile-writes", databases);

        // THEN the second up's later instants are no finding: one notice per dialect names the column
        assertThat(findings(report)).containsExactly(
                finding("V2 touch_threads", Dialect.SQLITE, FindingKind.VOLATILE_VALUE, "column threads.touched is set"
                        + " by the up from CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER): after the"
                        + " second up, compared by presence and nullness, not value"),
                finding("V2 touch_threads", Dialect.POSTGRESQL, FindingKind.VOLATILE_VALUE, "column threads.touched is"
                        + " set by the up from (extract(epoch FROM clock_timestamp()) * 1000)::bigint: after the"
                        + " second up, compared by presence and nullness, not value"));
    }
}

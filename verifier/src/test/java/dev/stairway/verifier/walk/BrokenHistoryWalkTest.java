package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.finding;
import static dev.stairway.verifier.walk.WalkCases.findings;
import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static dev.stairway.verifier.walk.WalkCases.steps;
import static dev.stairway.verifier.walk.WalkCases.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One small broken history per kind of finding, each walked on both dialects, asserting the exact findings a
 * user reads.
 */
class BrokenHistoryWalkTest {

    private static final Dialect SQLITE = Dialect.SQLITE;
    private static final Dialect POSTGRESQL = Dialect.POSTGRESQL;

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
    void undo_that_leaves_an_index_is_reported() {
        // GIVEN V2 creates books_title_idx and books_isbn_idx, and U2 drops only books_title_idx

        // WHEN walking it on both dialects
        VerificationReport report = verify("leftover-index", databases);

        // THEN the index left behind is named, as at V1, on each dialect; nothing else is found
        assertThat(report.findings()).containsExactly(
                finding("V2 index_books", SQLITE, FindingKind.SCHEMA_NOT_RESTORED,
                        "index books_isbn_idx is still present (expected absent, as at V1)"),
                finding("V2 index_books", POSTGRESQL, FindingKind.SCHEMA_NOT_RESTORED,
                        "index books_isbn_idx is still present (expected absent, as at V1)"));
        assertThat(report.findings().get(1).message()).isEqualTo("V2 index_books [postgresql]: schema not restored:"
                + " index books_isbn_idx is still present (expected absent, as at V1)");
        assertThat(report.holds()).isFalse();
    }

    @Test
    void failing_statements_are_quoted_from_their_own_line_without_the_comments_before_them() {
        // GIVEN U1 drops a misspelt table after a comment line; V2 adds a NOT NULL column without a default, in a
        // statement of two lines after a comment; V3 misspells CREATE after a block comment and a line comment
        // WHEN walking it on both dialects
        VerificationReport report = verify("commented-statements", databases);

        // THEN each finding quotes the failing statement itself, on one line, at the line where it starts
        String blocking = "blocking rows: notes(id=1833002, body='body-1833002'); notes(id=1833003,"
                + " body='body-1833003') (taken out, with 1 other generated row taken out before, and the walk goes on"
                + " without them)";
        assertThat(findings(report)).containsExactly(
                finding("V1 create_notes", SQLITE, FindingKind.DOWN_FAILED, "Undo sqlite/U1__create_notes.sql failed"
                        + " on sqlite database <database> at line 2 (DROP TABLE note): [SQLITE_ERROR] SQL error or"
                        + " missing database (no such table: note). Nothing was undone: the undo ran in one"
                        + " transaction, rolled back. Fix that statement in sqlite/U1__create_notes.sql."),
                finding("V2 require_state", SQLITE, FindingKind.UP_FAILS_ON_EXISTING_ROWS, "sqlite/V2__require_state.sql"
                        + " line 2 (ALTER TABLE notes ADD COLUMN state VARCHAR(20) NOT NULL) fails on the generated"
                        + " rows: [SQLITE_ERROR] SQL error or missing database (Cannot add a NOT NULL column with"
                        + " default value NULL)", blocking),
                finding("V3 broken", SQLITE, FindingKind.UP_FAILED, "Up migration sqlite/V3__broken.sql failed on"
                        + " sqlite database <database> at line 6 (CREAT TABLE labels (id INTEGER PRIMARY KEY)):"
                        + " [SQLITE_ERROR] SQL error or missing database (near \"CREAT\": syntax error). Fix that"
                        + " statement in sqlite/V3__broken.sql.", "the walk of sqlite stops here: it fails without"
                        + " generated rows too, and later revisions build on this one"),
                finding("V1 create_notes", POSTGRESQL, FindingKind.DOWN_FAILED, "Undo postgresql/U1__create_notes.sql"
                        + " failed on postgresql database <database> at line 2 (DROP TABLE note): ERROR: table"
                        + " \"note\" does not exist. Nothing was undone: the undo ran in one transaction, rolled back."
                        + " Fix that statement in postgresql/U1__create_notes.sql."),
                finding("V2 require_state", POSTGRESQL, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "postgresql/V2__require_state.sql line 2 (ALTER TABLE notes ADD COLUMN state VARCHAR(20) NOT"
                                + " NULL) fails on the generated rows: ERROR: column \"state\" of relation \"notes\""
                                + " contains null values", blocking),
                finding("V3 broken", POSTGRESQL, FindingKind.UP_FAILED, "Up migration postgresql/V3__broken.sql failed"
                        + " on postgresql database <database> at line 6 (CREAT TABLE labels (id INTEGER PRIMARY KEY)):"
                        + " ERROR: syntax error at or near \"CREAT\" Position: 49. Fix that statement in"
                        + " postgresql/V3__broken.sql.", "the walk of postgresql stops here: it fails without"
                        + " generated rows too, and later revisions build on this one"),
                Finding.onBoth("V3 broken", FindingKind.NOT_CHECKED, List.of("the dialects are not compared here:"
                        + " the up did not pass on sqlite and postgresql")));
    }

    @Test
    void undo_that_leaves_a_column_is_reported_and_so_is_the_re_up_it_breaks() {
        // GIVEN V2 adds people.email and people.phone, and U2 drops only email

        // WHEN walking it on both dialects
        VerificationReport report = verify("leftover-column", databases);

        // THEN the column is named in the schema (the rows do not name it again), and adding it again fails
        assertThat(findings(report)).containsExactly(
                finding("V2 add_contact", SQLITE, FindingKind.SCHEMA_NOT_RESTORED,
                        "column people.phone is still present (expected absent, as at V1)"),
                finding("V2 add_contact", SQLITE, FindingKind.RE_UP_FAILED,
                        "Up migration sqlite/V2__add_contact.sql failed on sqlite database <database> at line 2"
                                + " (ALTER TABLE people ADD COLUMN phone TEXT): [SQLITE_ERROR] SQL error or missing"
                                + " database (duplicate column name: phone). Fix that statement in"
                                + " sqlite/V2__add_contact.sql."),
                finding("V2 add_contact", POSTGRESQL, FindingKind.SCHEMA_NOT_RESTORED,
                        "column people.phone is still present (expected absent, as at V1)"),
                finding("V2 add_contact", POSTGRESQL, FindingKind.RE_UP_FAILED,
                        "Up migration postgresql/V2__add_contact.sql failed on postgresql database <database> at"
                                + " line 2 (ALTER TABLE people ADD COLUMN phone TEXT): ERROR: column \"phone\" of"
                                + " relation \"people\" already exists. Fix that statement in"
                                + " postgresql/V2__add_contact.sql."));
    }

    @Test
    void leftover_enum_type_is_reported_and_makes_the_re_up_fail_on_postgresql() {
        // GIVEN on PostgreSQL V2 creates enum type mood and a column of it, and U2 drops only the column;
        // on SQLite V2 adds a checked text column and U2 drops it

        // WHEN walking it on both dialects
        VerificationReport report = verify("leftover-enum", databases);

        // THEN PostgreSQL names the type twice: left behind by the undo, and in the way of the re-up;
        // SQLite holds
        assertThat(findings(report)).containsExactly(
                finding("V2 add_mood", POSTGRESQL, FindingKind.SCHEMA_NOT_RESTORED,
                        "enum type mood is still present (expected absent, as at V1)"),
                finding("V2 add_mood", POSTGRESQL, FindingKind.RE_UP_FAILED,
                        "Up migration postgresql/V2__add_mood.sql failed on postgresql database <database> at line 1"
                                + " (CREATE TYPE mood AS ENUM ('happy', 'sad')): ERROR: type \"mood\" already"
                                + " exists. Fix that statement in postgresql/V2__add_mood.sql."));
        assertThat(report.resultsOf(SQLITE)).allMatch(RevisionResult::holds);
        // the walk rebuilt a database at V2 to go on
        assertThat(steps(report.resultsOf(POSTGRESQL).get(1)))
                .containsExactly("seed", "check", "up", "down", "re-up", "rebuild");
    }

    @Test
    void undo_that_recreates_a_dropped_table_empty_loses_its_rows() {
        // GIVEN V2 drops table notes, and U2 creates it again, empty

        // WHEN walking it on both dialects
        VerificationReport report = verify("lost-rows", databases);

        // THEN the schema is back but the rows are not: the finding shows them
        String missing = "notes: 3 rows missing: notes(id=1833001, body='body-1833001');"
                + " notes(id=1833002, body='body-1833002'); notes(id=1833003, body='body-1833003')";
        assertThat(report.findings()).containsExactly(
                finding("V2 drop_notes", SQLITE, FindingKind.DATA_NOT_RESTORED, missing),
                finding("V2 drop_notes", POSTGRESQL, FindingKind.DATA_NOT_RESTORED, missing));
        assertThat(report.findings().get(0).message())
                .isEqualTo("V2 drop_notes [sqlite]: data not restored: " + missing);
    }

    @Test
    void declared_lossy_column_is_not_checked_while_an_undeclared_loss_is_found() {
        // GIVEN U2 re-adds people.nickname empty and declares '-- stairway:lossy people.nickname';
        // U3 re-adds people.email empty and declares nothing

        // WHEN walking it on both dialects
        VerificationReport report = verify("lossy", databases);

        // THEN V2 only notes that nickname came back last, V3 loses the e-mail addresses: the rows, matched by
        // their key, are still there without them
        String reordered = "table people: column order (id, name, email, nickname), expected"
                + " (id, name, nickname, email) (as at V1)";
        String lostEmails = "people.email: 3 values lost, e.g. id=1119001: 'email-1119001' → NULL";
        assertThat(report.findings()).containsExactly(
                finding("V2 drop_nickname", SQLITE, FindingKind.COLUMN_ORDER_CHANGED, reordered),
                finding("V3 drop_email", SQLITE, FindingKind.DATA_NOT_RESTORED, lostEmails),
                finding("V2 drop_nickname", POSTGRESQL, FindingKind.COLUMN_ORDER_CHANGED, reordered),
                finding("V3 drop_email", POSTGRESQL, FindingKind.DATA_NOT_RESTORED, lostEmails));
        assertThat(report.failures()).extracting(Finding::revision).containsOnly("V3 drop_email");
    }

    @Test
    void values_an_up_changes_for_good_are_told_per_column_of_rows_matched_by_key() {
        // GIVEN V1 creates apps with two rows of NULL app_id; V2 sets those to '' and U2 only drops V2's index
        // WHEN walking it on both dialects
        VerificationReport report = verify("one-way-fix", databases);

        // THEN the rows are still there, matched by id: only app_id changed, in two of them
        String changed = "apps.app_id: 2 rows changed, e.g. id=1: NULL → ''";
        assertThat(findings(report)).containsExactly(
                finding("V2 app_ids_not_null", SQLITE, FindingKind.DATA_NOT_RESTORED, changed),
                finding("V2 app_ids_not_null", POSTGRESQL, FindingKind.DATA_NOT_RESTORED, changed));
    }

    @Test
    void a_column_the_undo_does_not_bring_back_is_told_by_the_schema_alone() {
        // GIVEN V2 drops threads.deleteat and adds threaddeleteat; U2 only drops threaddeleteat
        // WHEN walking it on both dialects
        VerificationReport report = verify("column-not-back", databases);

        // THEN the schema finding names the column; the rows, the same on the columns left, add nothing to it
        String missing = "column threads.deleteat is missing (expected present, as at V1)";
        assertThat(findings(report)).containsExactly(
                finding("V2 rename_deleteat", SQLITE, FindingKind.SCHEMA_NOT_RESTORED, missing),
                finding("V2 rename_deleteat", POSTGRESQL, FindingKind.SCHEMA_NOT_RESTORED, missing));
    }

    @Test
    void revision_without_undo_nor_irreversible_directive_is_reported_as_undo_missing() {
        // GIVEN V2 has no U2 and no '-- stairway:irreversible' line

        // WHEN walking it on both dialects
        VerificationReport report = verify("undo-missing", databases);

        // THEN each dialect reports the missing undo and how to fix it; V2 is not walked down
        String expected = "expected U2__index_tags.sql beside V2__index_tags.sql, or a first line"
                + " '-- stairway:irreversible <reason>' in it";
        assertThat(report.findings()).containsExactly(
                finding("V2 index_tags", SQLITE, FindingKind.UNDO_MISSING, expected),
                finding("V2 index_tags", POSTGRESQL, FindingKind.UNDO_MISSING, expected));
        assertThat(report.findings().get(0).message())
                .isEqualTo("V2 index_tags [sqlite]: undo missing: " + expected);
        assertThat(report.resultsOf(POSTGRESQL)).extracting(WalkCases::steps)
                .containsExactly(List.of("seed", "check", "up", "down", "re-up"), List.of("seed", "check", "up"));
    }

    @Test
    void undo_holding_only_comments_is_reported_as_an_empty_undo() {
        // GIVEN U2 holds a line comment, a block comment and blank lines

        // WHEN walking it on both dialects
        VerificationReport report = verify("empty-undo", databases);

        // THEN each dialect reports the empty undo
        assertThat(report.findings()).containsExactly(
                finding("V2 index_tags", SQLITE, FindingKind.EMPTY_UNDO,
                        "U2__index_tags.sql holds only whitespace and comments"),
                finding("V2 index_tags", POSTGRESQL, FindingKind.EMPTY_UNDO,
                        "U2__index_tags.sql holds only whitespace and comments"));
        assertThat(report.holds()).isFalse();
    }

    @Test
    void column_in_one_dialect_only_is_reported_as_dialects_diverging() {
        // GIVEN V2 adds people.email on both dialects, and people.nickname on PostgreSQL only

        // WHEN walking it on both dialects
        VerificationReport report = verify("diverging", databases);

        // THEN each dialect holds on its own, and the parity check names the table and column at V2
        assertThat(report.results()).allMatch(RevisionResult::holds);
        assertThat(report.findings()).containsExactly(Finding.onBoth("V2 add_email", FindingKind.DIALECTS_DIVERGE,
                List.of("column people.nickname exists in postgresql but not in sqlite")));
        assertThat(report.parityFindings().get(0).message()).isEqualTo("V2 add_email [sqlite, postgresql]:"
                + " dialects diverge: column people.nickname exists in postgresql but not in sqlite");
    }

    @Test
    void dialects_are_not_compared_when_only_one_is_walked() {
        // GIVEN the diverging history

        // WHEN walking SQLite only
        VerificationReport report = verify("diverging", databases, SQLITE);

        // THEN there is nothing to compare it with
        assertThat(report.findings()).isEmpty();
        assertThat(report.results()).extracting(RevisionResult::dialect).containsOnly(SQLITE);
    }

    @Test
    void syntax_error_in_an_up_names_the_file_and_the_database_message_and_stops_that_dialect() {
        // GIVEN V2's second statement reads 'CREAT TABLE toys ...', and V3 builds on V2

        // WHEN walking it on both dialects
        VerificationReport report = verify("broken-up", databases);

        // THEN each dialect reports the failed up, with file, line, statement and the database's words (it fails
        // without the generated rows of people too), and stops there: V3 is listed as not walked, not left out
        assertThat(findings(report)).containsExactly(
                finding("V2 create_pets", SQLITE, FindingKind.UP_FAILED,
                        "Up migration sqlite/V2__create_pets.sql failed on sqlite database <database> at line 4"
                                + " (CREAT TABLE toys (id INTEGER PRIMARY KEY)): [SQLITE_ERROR] SQL error or missing"
                                + " database (near \"CREAT\": syntax error). Fix that statement in"
                                + " sqlite/V2__create_pets.sql.",
                        "the walk of sqlite stops here: it fails without generated rows too, and later revisions"
                                + " build on this one"),
                finding("V2 create_pets", POSTGRESQL, FindingKind.UP_FAILED,
                        "Up migration postgresql/V2__create_pets.sql failed on postgresql database <database> at"
                                + " line 4 (CREAT TABLE toys (id INTEGER PRIMARY KEY)): ERROR: syntax error at or"
                                + " near \"CREAT\" Position: 1. Fix that statement in postgresql/V2__create_pets.sql.",
                        "the walk of postgresql stops here: it fails without generated rows too, and later"
                                + " revisions build on this one"),
                Finding.onBoth("V2 create_pets", FindingKind.NOT_CHECKED, List.of("the dialects are not compared"
                        + " here: the up did not pass on sqlite and postgresql")));
        for (Dialect dialect : Dialect.values()) {
            assertThat(revisionsWalked(report, dialect)).containsExactly("V1 create_people", "V2 create_pets");
            assertThat(report.notWalkedOf(dialect)).extracting(NotWalked::message).containsExactly(
                    "V3 name_pets [" + dialect.id() + "]: not walked: the up of V2 create_pets failed");
        }
        assertThat(report.failures()).hasSize(2);
        assertThat(report.walkedText()).isEqualTo("2 of 3 revisions on sqlite and postgresql");
    }

    @Test
    void syntax_error_in_an_undo_is_reported_and_the_walk_goes_on_to_find_the_next_broken_revision() {
        // GIVEN U2 reads 'DROPP TABLE pets', and U3 forgets to drop the index V3 creates

        // WHEN walking it on both dialects
        VerificationReport report = verify("broken-undo", databases);

        // THEN one run reports both broken revisions on each dialect: the walk rebuilt V2 and walked V3 fully
        assertThat(findings(report)).containsExactly(
                finding("V2 create_pets", SQLITE, FindingKind.DOWN_FAILED,
                        "Undo sqlite/U2__create_pets.sql failed on sqlite database <database> at line 1"
                                + " (DROPP TABLE pets): [SQLITE_ERROR] SQL error or missing database (near"
                                + " \"DROPP\": syntax error). Nothing was undone: the undo ran in one transaction,"
                                + " rolled back. Fix that statement in sqlite/U2__create_pets.sql."),
                finding("V3 index_pet_owners", SQLITE, FindingKind.SCHEMA_NOT_RESTORED,
                        "index pets_owner_idx is still present (expected absent, as at V2)"),
                finding("V2 create_pets", POSTGRESQL, FindingKind.DOWN_FAILED,
                        "Undo postgresql/U2__create_pets.sql failed on postgresql database <database> at line 1"
                                + " (DROPP TABLE pets): ERROR: syntax error at or near \"DROPP\" Position: 1."
                                + " Nothing was undone: the undo ran in one transaction, rolled back. Fix that"
                                + " statement in postgresql/U2__create_pets.sql."),
                finding("V3 index_pet_owners", POSTGRESQL, FindingKind.SCHEMA_NOT_RESTORED,
                        "index pets_owner_idx is still present (expected absent, as at V2)"));
        for (Dialect dialect : Dialect.values()) {
            List<RevisionResult> results = report.resultsOf(dialect);
            assertThat(results).extracting(WalkCases::steps).containsExactly(
                    List.of("seed", "check", "up", "down", "re-up"),
                    List.of("seed", "check", "up", "down", "rebuild"),
                    List.of("seed", "check", "up", "down", "re-up"));
        }
    }

    @Test
    void bad_file_names_stop_the_verification_before_any_walk_with_every_problem() {
        // GIVEN sqlite/V1_init.sql (one underscore) and sqlite/U3__gone.sql with no V3 (postgresql/V4__only_here.sql,
        // with no SQLite counterpart, is PostgreSQL's own version and no problem)
        List<String> heard = new ArrayList<>();
        Stairway stairway = Stairway.configure().migrations(WalkCases.folder("bad-names")).databases(databases)
                .listener(new WalkListener() {
                    @Override
                    public void dialectStarted(Dialect dialect, int revisions) {
                        heard.add(dialect.id());
                    }
                }).load();

        // WHEN verifying it
        // THEN reading fails with every problem, each naming the file and the fix, and nothing is walked
        assertThatThrownBy(stairway::verify)
                .isInstanceOfSatisfying(InvalidHistoryException.class, e -> assertThat(e.problems()).containsExactly(
                        "sqlite/U3__gone.sql: undo of version 3, but there is no V3__<name>.sql in sqlite/ or"
                                + " common/: expected an up migration for every undo. Add the up migration or remove"
                                + " the undo.",
                        "sqlite/V1_init.sql looks like a migration but is never run: Flyway needs two underscores"
                                + " between version and name. Rename it to V1__init.sql if it should run, or move it"
                                + " out of the migration folders."))
                .hasMessageStartingWith("Invalid migration history at " + WalkCases.folder("bad-names")
                        + ": 2 problems\n - sqlite/U3__gone.sql: undo");
        assertThat(heard).isEmpty();
    }

    @Test
    void up_that_builds_on_what_its_undo_left_is_not_reproduced() {
        // GIVEN V2 creates archive only if it is absent, and U2 renames archive to archive_old instead of dropping it

        // WHEN walking it on both dialects
        VerificationReport report = verify("renamed-away", databases);

        // THEN the undo leaves archive_old behind, and the second up, building on it, gives another schema than
        // the first (archive is new at V2, so no rows were seeded into it); the rows do not name archive_old again
        // (on PostgreSQL the renamed table keeps its identity sequence and primary key name, so the second archive
        // gets new ones)
        assertThat(findings(report)).containsExactly(
                finding("V2 create_archive", SQLITE, FindingKind.SCHEMA_NOT_RESTORED,
                        "table archive_old is still present (expected absent, as at V1)"),
                finding("V2 create_archive", SQLITE, FindingKind.SCHEMA_NOT_REPRODUCED,
                        "table archive_old is present (expected absent, as after the first up)"),
                finding("V2 create_archive", POSTGRESQL, FindingKind.SCHEMA_NOT_RESTORED,
                        "table archive_old is still present (expected absent, as at V1)",
                        "sequence archive_id_seq is still present (expected absent, as at V1)"),
                finding("V2 create_archive", POSTGRESQL, FindingKind.SCHEMA_NOT_REPRODUCED,
                        "primary key on archive: name archive_pkey1, expected archive_pkey (as after the first up)",
                        "table archive_old is present (expected absent, as after the first up)",
                        "sequence archive_id_seq: owned by archive_old.id, expected archive.id"
                                + " (as after the first up)",
                        "sequence archive_id_seq1 is present (expected absent, as after the first up)"));
        for (Dialect dialect : Dialect.values()) {
            assertThat(steps(report.resultsOf(dialect).get(1))).endsWith("re-up", "rebuild");
        }
    }

    @Test
    void undo_that_deletes_another_revisions_history_row_leaves_the_history_inconsistent() {
        // GIVEN U2 drops its index and also deletes V1's row from flyway_schema_history

        // WHEN walking it on both dialects
        VerificationReport report = verify("history-tampered", databases);

        // THEN after the down the history is found to hold no version where it should hold V1
        for (Dialect dialect : Dialect.values()) {
            List<Finding> found = findings(report).stream()
                    .filter(f -> f.dialect().orElseThrow() == dialect).toList();
            assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.HISTORY_INCONSISTENT);
            assertThat(found.get(0).details()).containsExactly("flyway_schema_history on " + dialect.id()
                    + " database <database>: expected applied versions [1], found []");
            assertThat(steps(report.resultsOf(dialect).get(1))).endsWith("down", "rebuild");
        }
    }

    @Test
    void table_no_generated_row_fits_is_a_notice_and_its_data_goes_unchecked() {
        // GIVEN V1 creates limbo whose check (level > 0 AND level < 0) no row can meet, and V2 indexes it

        // WHEN walking it on both dialects
        VerificationReport report = verify("unseedable", databases);

        // THEN the walk holds, noting at V2, once per dialect, that limbo has no rows to check
        assertThat(report.holds()).isTrue();
        assertThat(findings(report)).extracting(Finding::kind)
                .containsExactly(FindingKind.SEEDING_INCOMPLETE, FindingKind.SEEDING_INCOMPLETE);
        assertThat(findings(report)).extracting(Finding::message).containsExactly(
                "V2 index_limbo [sqlite]: seeding incomplete: table limbo has no rows, its data is not checked:"
                        + " [SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed:"
                        + " level > 0 AND level < 0)",
                "V2 index_limbo [postgresql]: seeding incomplete: table limbo has no rows, its data is not checked:"
                        + " ERROR: new row for relation \"limbo\" violates check constraint \"limbo_level_check\""
                        + " Detail: Failing row contains (1221001, 1221001).");
    }
}

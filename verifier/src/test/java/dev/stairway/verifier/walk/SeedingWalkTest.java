package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.finding;
import static dev.stairway.verifier.walk.WalkCases.findings;
import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static dev.stairway.verifier.walk.WalkCases.verify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Histories whose ups once failed only on the walk's generated rows (issue 7): the rows are now generated the way
 * the application would, so each is walked to its end without a finding.
 */
class SeedingWalkTest {

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
    void ids_copied_from_one_text_keyed_table_into_another_do_not_collide_with_generated_ones() {
        // GIVEN V2 creates accounts_tmp (id TEXT PRIMARY KEY) and V3 copies every accounts id into it
        // WHEN walking it: before V3 both tables hold generated rows
        VerificationReport report = verify("seeding/text-key-copy", databases);

        // THEN each table's generated keys are its own, so the copy goes through, down and up again
        assertThat(report.findings()).isEmpty();
        assertThat(revisionsWalked(report, Dialect.SQLITE)).hasSize(3);
    }

    @Test
    void a_migrations_own_row_with_a_small_id_does_not_collide_with_generated_ones() {
        // GIVEN V2 inserts its own row: INSERT INTO roles (id, name) VALUES (1, 'admin'), onto generated roles
        // (PostgreSQL: an identity column, SQLite: the rowid)
        // WHEN walking it
        VerificationReport report = verify("seeding/own-insert", databases);

        // THEN generated ids start far above 1, so the insert goes through
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void a_foreign_key_declared_later_finds_generated_child_rows_pointing_at_existing_parents() {
        // GIVEN books.author_id with no foreign key at V1; V2 declares one (PostgreSQL ALTER TABLE, SQLite rebuild)
        // WHEN walking it
        VerificationReport report = verify("seeding/fk-added-later", databases);

        // THEN the generated books name generated authors (author_id is read as a reference to authors)
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void a_text_column_named_like_json_holds_json_that_a_later_cast_reads() {
        // GIVEN channel_members.notifyprops TEXT, which V2 turns into JSONB with notifyprops::jsonb (SQLite: json())
        // WHEN walking it
        VerificationReport report = verify("seeding/jsonb-cast", databases);

        // THEN the generated values are JSON objects, so the cast goes through
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void a_sqlite_foreign_key_to_a_dropped_table_is_a_notice_and_the_walk_goes_on() {
        // GIVEN V2 creates tasks referencing projects, then drops projects (declared irreversible); V3 indexes tasks
        // WHEN walking it: before V3 the seeder fills tasks, whose parent table is gone
        VerificationReport report = verify("seeding/dropped-parent", databases, Dialect.SQLITE);

        // THEN no crash: the rows are generated with foreign keys off and the reference left NULL, one notice says
        // so, and the walk reaches V3
        assertThat(findings(report)).containsExactly(
                finding("V2 tasks_outlive_projects", Dialect.SQLITE, FindingKind.IRREVERSIBLE,
                        "drops the projects and their rows for good"),
                finding("V3 index_task_titles", Dialect.SQLITE, FindingKind.SEEDING_INCOMPLETE,
                        "table tasks: project_id references projects, which does not exist; its rows were generated"
                                + " with foreign keys off, the reference left NULL"));
        assertThat(revisionsWalked(report, Dialect.SQLITE)).containsExactly("V1 create_projects",
                "V2 tasks_outlive_projects", "V3 index_task_titles");
        assertThat(report.holds()).isTrue();
    }

    @Test
    void a_cast_no_generated_value_can_pass_is_retried_without_them_and_the_walk_goes_on() {
        // GIVEN V2 casts people.mood (TEXT) to an enum of two words: no generated text can pass, as no check tells
        // the seeder those words
        // WHEN walking it
        VerificationReport report = verify("seeding/enum-cast", databases, Dialect.POSTGRESQL);

        // THEN the up is tried again without the generated rows, passes, and V2 is walked down and up again
        assertThat(findings(report)).containsExactly(finding("V2 mood_enum", Dialect.POSTGRESQL,
                FindingKind.UP_FAILS_ON_EXISTING_ROWS, "postgresql/V2__mood_enum.sql line 3 (ALTER TABLE people ALTER"
                        + " COLUMN mood TYPE mood USING mood::mood) fails on the generated rows: ERROR: invalid input"
                        + " value for enum mood: \"mood-1119001\"",
                "blocking rows: people(id=1119002, mood='mood-1119002'); people(id=1119003, mood='mood-1119003')"
                        + " (taken out, with 1 other generated row taken out before, and the walk goes on without"
                        + " them)"));
        assertThat(revisionsWalked(report, Dialect.POSTGRESQL)).containsExactly("V1 create_people", "V2 mood_enum");
    }

    @Test
    void the_historys_own_seed_script_puts_its_rows_in_place_and_generated_rows_leave_its_tables_alone() {
        // GIVEN seed/common/S2__first_users.sql inserts two users as the application writes them, before V2 allows
        // only the roles 'admin' and 'member' (PostgreSQL: an enum, SQLite: a check in a rebuilt table)
        // WHEN walking it
        VerificationReport report = verify("seed-scripts", databases);

        // THEN users holds the script's rows and no generated one, so V2 goes up, down and up again on them
        assertThat(report.findings()).isEmpty();
        for (Dialect dialect : Dialect.values()) {
            assertThat(revisionsWalked(report, dialect)).containsExactly("V1 create_users", "V2 restrict_roles");
        }
    }

    @Test
    void a_failing_seed_script_is_a_finding_naming_its_statement_and_the_walk_goes_on() {
        // GIVEN seed/sqlite/S2__first_users.sql misspells a column in its second statement
        // WHEN walking it
        VerificationReport report = verify("seed-script-fails", databases, Dialect.SQLITE);

        // THEN one finding names the file, line, statement and the database's message; nothing of the script is
        // kept (and users, the script's table, gets no generated rows either), and V2 is walked
        assertThat(findings(report)).containsExactly(finding("V2 index_names", Dialect.SQLITE,
                FindingKind.SEED_SCRIPT_FAILED, "seed/sqlite/S2__first_users.sql line 2 (INSERT INTO users (id, nme)"
                        + " VALUES (2, 'bob')): [SQLITE_ERROR] SQL error or missing database (table users has no column"
                        + " named nme). Nothing of it was kept: it ran in one transaction, rolled back. Fix that"
                        + " statement."));
        assertThat(revisionsWalked(report, Dialect.SQLITE)).containsExactly("V1 create_users", "V2 index_names");
    }
}

package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.finding;
import static dev.stairway.verifier.walk.WalkCases.findings;
import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static dev.stairway.verifier.walk.WalkCases.steps;
import static dev.stairway.verifier.walk.WalkCases.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Histories shaped like those that stopped the walk early on real projects: an up that fails only on the generated
 * rows, an undo that removes Flyway's history, a seeder that cannot read a table, versions that differ between
 * dialects. Each walk reaches the last revision of each dialect, with the exact findings a user reads.
 */
class WalkToTheEndTest {

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
    void copy_into_a_table_created_one_revision_before_passes_on_generated_rows_of_its_own() {
        // GIVEN V2 creates a_tmp (id TEXT PRIMARY KEY), and V3 copies a's ids into it; before V3 both hold generated
        // rows, whose keys are each table's own (restructure's seeder; this copy used to fail on them)

        // WHEN walking it on both dialects
        VerificationReport report = verify("copy-ids", databases);

        // THEN the copy goes through: nothing is found and every step of V3 is walked
        assertThat(report.findings()).isEmpty();
        assertThat(report.walkedAll()).isTrue();
        for (Dialect dialect : Dialect.values()) {
            assertThat(revisionsWalked(report, dialect)).containsExactly("V1 create_a", "V2 create_a_tmp",
                    "V3 copy_ids", "V4 create_b");
            assertThat(steps(report.resultsOf(dialect).get(2))).containsExactly("seed", "check", "up", "down",
                    "re-up");
        }
    }

    @Test
    void not_null_column_added_to_a_seeded_table_fails_on_its_rows_and_the_walk_goes_on() {
        // GIVEN V2 adds t.c TEXT NOT NULL without a default, to a table that holds generated rows

        // WHEN walking it on both dialects
        VerificationReport report = verify("not-null-column", databases);

        // THEN V2 is one notice: every row of t is in its way; the walk goes on to V3 with t empty
        String blocking = "blocking rows: t(id=1116002, name='name-1116002'); t(id=1116003, name='name-1116003')"
                + " (taken out, with 1 other generated row taken out before, and the walk goes on without them)";
        assertThat(findings(report)).containsExactly(
                finding("V2 add_c", SQLITE, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "sqlite/V2__add_c.sql line 1 (ALTER TABLE t ADD COLUMN c TEXT NOT NULL) fails on the generated"
                                + " rows: [SQLITE_ERROR] SQL error or missing database (Cannot add a NOT NULL column"
                                + " with default value NULL)", blocking),
                finding("V2 add_c", POSTGRESQL, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "postgresql/V2__add_c.sql line 1 (ALTER TABLE t ADD COLUMN c TEXT NOT NULL) fails on the"
                                + " generated rows: ERROR: column \"c\" of relation \"t\" contains null values",
                        blocking));
        assertThat(report.holds()).isTrue();
        for (Dialect dialect : Dialect.values()) {
            assertThat(revisionsWalked(report, dialect)).containsExactly("V1 create_t", "V2 add_c",
                    "V3 index_names");
        }
    }

    @Test
    void migrations_own_row_colliding_with_a_generated_key_takes_out_only_that_row() {
        // GIVEN V2 inserts its own row users (1632001, 'admin'), an id the first generated row holds (restructure's
        // seeder keeps generated ids far above the small ones migrations insert: users' run from 1632001)

        // WHEN walking it on both dialects
        VerificationReport report = verify("own-admin-row", databases);

        // THEN only the generated row with id 1 is in the way; the walk goes on with the other two
        String blocking = "blocking row: users(id=1632001, name='name-1632001') (taken out, and the walk goes on"
                + " without it)";
        assertThat(findings(report)).containsExactly(
                finding("V2 add_admin", SQLITE, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "sqlite/V2__add_admin.sql line 1 (INSERT INTO users (id, name) VALUES (1632001, 'admin')) fails on"
                                + " the generated rows: [SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint"
                                + " failed (UNIQUE constraint failed: users.id)", blocking),
                finding("V2 add_admin", POSTGRESQL, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "postgresql/V2__add_admin.sql line 1 (INSERT INTO users (id, name) VALUES (1632001, 'admin'))"
                                + " fails on the generated rows: ERROR: duplicate key value violates unique"
                                + " constraint \"users_pkey\" Detail: Key (id)=(1632001) already exists.", blocking));
        assertThat(report.holds()).isTrue();
        assertThat(report.walkedAll()).isTrue();
    }

    @Test
    void constraints_and_casts_added_later_over_generated_values_take_those_rows_out_on_postgresql() {
        // GIVEN on PostgreSQL, V2 adds a foreign key over pets.owner_name, V3 casts people.notifyprops to jsonb and
        // V4 people.mood to an enum

        // WHEN walking it
        VerificationReport report = verify("later-constraints", databases, POSTGRESQL);

        // THEN the generated owner names and moods fit neither the key nor the enum: each is one notice naming the
        // statement and the rows in its way; notifyprops was seeded as JSON, so V3 passes as it is; the walk
        // reaches V4
        assertThat(findings(report)).containsExactly(
                finding("V2 pets_owner_fk", POSTGRESQL, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "postgresql/V2__pets_owner_fk.sql line 1 (ALTER TABLE pets ADD CONSTRAINT pets_owner_fk"
                                + " FOREIGN KEY (owner_name) REFERENCES people (name)) fails on the generated rows:"
                                + " ERROR: insert or update on table \"pets\" violates foreign key constraint"
                                + " \"pets_owner_fk\" Detail: Key (owner_name)=(owner_name-1364001) is not present in"
                                + " table \"people\".",
                        "blocking rows: pets(id=1364002, owner_name='owner_name-1364002'); pets(id=1364003,"
                                + " owner_name='owner_name-1364003') (taken out, with 1 other generated row taken out"
                                + " before, and the walk goes on without them)"),
                finding("V4 mood_as_enum", POSTGRESQL, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "postgresql/V4__mood_as_enum.sql line 2 (ALTER TABLE people ALTER COLUMN mood TYPE mood USING"
                                + " mood::mood) fails on the generated rows: ERROR: invalid input value for enum mood:"
                                + " \"mood-1119001\"",
                        "blocking rows: people(id=1119001, name='name-1119001', notifyprops='{\"n\": 1119001}',"
                                + " mood='mood-1119001'); people(id=1119002, name='name-1119002',"
                                + " notifyprops='{\"n\": 1119002}', mood='mood-1119002'); people(id=1119003,"
                                + " name='name-1119003', notifyprops='{\"n\": 1119003}', mood='mood-1119003') (taken"
                                + " out, with 3 other generated rows taken out before, and the walk goes on without"
                                + " them)"));
        assertThat(report.walkedAll()).isTrue();
    }

    @Test
    void generated_rows_a_later_migration_changed_are_left_and_the_up_is_tried_on_a_fresh_database() {
        // GIVEN V2 appends '!' to every t.name, so the generated rows no longer hold the values they were given,
        // and V3 adds t.c TEXT NOT NULL without a default

        // WHEN walking it on both dialects
        VerificationReport report = verify("changed-rows", databases);

        // THEN V3 passes on a fresh database at V2 without generated rows: one notice, and the walk goes on there
        assertThat(findings(report)).containsExactly(
                finding("V3 add_c", SQLITE, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "sqlite/V3__add_c.sql line 1 (ALTER TABLE t ADD COLUMN c TEXT NOT NULL) fails on the generated"
                                + " rows: [SQLITE_ERROR] SQL error or missing database (Cannot add a NOT NULL column"
                                + " with default value NULL)",
                        "it passes on tables without generated rows; the walk goes on without them"),
                finding("V3 add_c", POSTGRESQL, FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                        "postgresql/V3__add_c.sql line 1 (ALTER TABLE t ADD COLUMN c TEXT NOT NULL) fails on the"
                                + " generated rows: ERROR: column \"c\" of relation \"t\" contains null values",
                        "it passes on tables without generated rows; the walk goes on without them"));
        for (Dialect dialect : Dialect.values()) {
            assertThat(steps(report.resultsOf(dialect).get(2))).containsExactly("seed", "up", "check", "rebuild",
                    "down", "re-up");
        }
        assertThat(report.holds()).isTrue();
    }

    @Test
    void generated_history_where_every_tenth_up_fails_on_seeded_rows_is_walked_to_its_last_revision(
            @TempDir Path folder) throws IOException {
        // GIVEN 40 revisions, each creating a table, except every tenth, which adds a NOT NULL column without a
        // default to the table created just before it (seeded by then)
        for (Dialect dialect : Dialect.values()) {
            Path scripts = Files.createDirectories(folder.resolve(dialect.id()));
            for (int version = 1; version <= 40; version++) {
                String name = version % 10 == 0 ? "require_" + version : "create_item_" + version;
                String table = "item_" + (version % 10 == 0 ? version - 1 : version);
                Files.writeString(scripts.resolve("V" + version + "__" + name + ".sql"), version % 10 == 0
                        ? "ALTER TABLE " + table + " ADD COLUMN required_" + version + " TEXT NOT NULL;\n"
                        : "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n");
                Files.writeString(scripts.resolve("U" + version + "__" + name + ".sql"), version % 10 == 0
                        ? "ALTER TABLE " + table + " DROP COLUMN required_" + version + ";\n"
                        : "DROP TABLE " + table + ";\n");
            }
        }

        // WHEN walking it on both dialects
        VerificationReport report = Stairway.configure().migrations(folder.toString()).databases(databases).load()
                .verify();

        // THEN both dialects reach V40, each tenth revision being one notice, and nothing fails
        assertThat(report.walkedText()).isEqualTo("40 of 40 revisions on sqlite and postgresql");
        assertThat(report.failures()).isEmpty();
        for (Dialect dialect : Dialect.values()) {
            assertThat(report.notices().stream().filter(notice -> notice.dialect().orElseThrow() == dialect))
                    .extracting(Finding::revision, Finding::kind).containsExactly(
                            tuple("V10 require_10", FindingKind.UP_FAILS_ON_EXISTING_ROWS),
                            tuple("V20 require_20", FindingKind.UP_FAILS_ON_EXISTING_ROWS),
                            tuple("V30 require_30", FindingKind.UP_FAILS_ON_EXISTING_ROWS),
                            tuple("V40 require_40", FindingKind.UP_FAILS_ON_EXISTING_ROWS));
        }
    }

    @Test
    void undo_that_drops_the_history_table_or_deletes_its_own_row_is_a_finding_and_the_walk_goes_on() {
        // GIVEN U2 drops flyway_schema_history, and U3 deletes version 3's row from it

        // WHEN walking it on both dialects
        VerificationReport report = verify("undo-removes-history", databases);

        // THEN each is one finding saying what the undo did to the history; the walk rebuilds and reaches V4
        for (Dialect dialect : Dialect.values()) {
            String id = dialect.id();
            assertThat(findings(report).stream().filter(f -> f.dialect().orElseThrow() == dialect)).containsExactly(
                    finding("V2 index_bodies", dialect, FindingKind.UNDO_REMOVED_HISTORY,
                            id + "/U2__index_bodies.sql dropped flyway_schema_history on " + id + " database"
                                    + " <database>: expected the undo to leave Flyway's history to Stairway, which"
                                    + " removes version 2's row itself. Remove the statement that drops it."),
                    finding("V3 add_title", dialect, FindingKind.UNDO_REMOVED_HISTORY,
                            id + "/U3__add_title.sql deleted version 3's row from flyway_schema_history on " + id
                                    + " database <database>: expected the undo to leave Flyway's history to Stairway,"
                                    + " which removes that row itself. Remove the statement that deletes it."));
            assertThat(steps(report.resultsOf(dialect).get(1))).endsWith("down", "rebuild");
            assertThat(revisionsWalked(report, dialect)).containsExactly("V1 create_notes", "V2 index_bodies",
                    "V3 add_title", "V4 create_tags");
        }
    }

    @Test
    void seeding_that_fails_on_a_dangling_reference_is_a_notice_and_the_walk_goes_on() {
        // GIVEN on SQLite, child references table p, which no revision creates

        // WHEN walking it
        VerificationReport report = verify("dangling-reference", databases, SQLITE);

        // THEN the table is filled with foreign keys off (restructure's seeder), one notice at the first revision
        // it is met says so, and the walk reaches the last revision with nothing failed
        assertThat(revisionsWalked(report, SQLITE)).containsExactly("V1 create_child", "V2 index_parents",
                "V3 create_tags");
        assertThat(report.findings()).containsExactly(finding("V2 index_parents", SQLITE,
                FindingKind.SEEDING_INCOMPLETE, "table child: parent_id references p, which does not exist; its rows"
                        + " were generated with foreign keys off, the reference left NULL"));
        assertThat(report.holds()).isTrue();
    }

    @Test
    void each_dialect_walks_its_own_versions_and_the_versions_in_one_dialect_only_are_one_notice() {
        // GIVEN SQLite has V1, V2 (a SQLite-only fix) and V3; PostgreSQL has V1, V3 and V4 (a PostgreSQL-only
        // type change)

        // WHEN walking it on both dialects
        VerificationReport report = verify("per-dialect-versions", databases);

        // THEN each dialect walks its own versions, the dialects agree at V1, V3 and the heads, and one notice
        // lists the versions in one dialect only
        assertThat(revisionsWalked(report, SQLITE)).containsExactly("V1 create_people", "V2 trim_names",
                "V3 add_email");
        assertThat(revisionsWalked(report, POSTGRESQL)).containsExactly("V1 create_people", "V3 add_email",
                "V4 widen_names");
        assertThat(report.parityFindings()).containsExactly(Finding.onBoth("history",
                FindingKind.VERSIONS_IN_ONE_DIALECT, List.of("V2 trim_names is in sqlite only",
                        "V4 widen_names is in postgresql only",
                        "each dialect walks its own versions; parity is checked at the 2 versions both have and at"
                                + " the heads")));
        assertThat(report.holds()).isTrue();
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void heads_of_dialects_with_different_versions_are_compared() {
        // GIVEN both dialects have V1 and V2, and PostgreSQL alone has V3, which adds people.nickname

        // WHEN walking it on both dialects
        VerificationReport report = verify("diverging-heads", databases);

        // THEN the heads, SQLite's V2 and PostgreSQL's V3, are found to diverge
        assertThat(report.failures()).containsExactly(Finding.onBoth("head (sqlite V2, postgresql V3)",
                FindingKind.DIALECTS_DIVERGE, List.of("column people.nickname exists in postgresql but not in sqlite")));
        assertThat(report.failures().get(0).message()).isEqualTo("head (sqlite V2, postgresql V3) [sqlite, postgresql]:"
                + " dialects diverge: column people.nickname exists in postgresql but not in sqlite");
    }
}

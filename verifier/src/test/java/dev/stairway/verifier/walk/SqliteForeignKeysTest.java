package dev.stairway.verifier.walk;

import static dev.stairway.verifier.walk.WalkCases.finding;
import static dev.stairway.verifier.walk.WalkCases.revisionsWalked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQLite's foreign keys during migrations as the project's runtime has them: scripts that switch them off around a
 * table rebuild run, a runtime that leaves them off is walked with them off, and the references a step leaves
 * broken are found with {@code PRAGMA foreign_key_check}.
 */
class SqliteForeignKeysTest {

    private static Databases enforced;
    private static Databases notEnforced;

    @BeforeAll
    static void start() {
        enforced = Databases.load();
        notEnforced = Databases.configure().sqliteForeignKeys(false).load();
    }

    @AfterAll
    static void stop() {
        enforced.close();
        notEnforced.close();
    }

    private static VerificationReport verify(String name, Databases databases) {
        return Stairway.configure().migrations(WalkCases.folder(name)).dialects(Dialect.SQLITE).databases(databases)
                .load().verify();
    }

    @Test
    void rebuild_that_switches_foreign_keys_off_itself_runs_and_keeps_the_children() {
        // GIVEN V2 rebuilds parent between PRAGMA foreign_keys = OFF and ON (child references it ON DELETE CASCADE),
        // and U2 rebuilds it back the same way

        // WHEN walking it with foreign keys enforced, as by default
        VerificationReport report = verify("foreign-keys-pragma", enforced);

        // THEN Flyway runs the script (outside a transaction, where the pragma works), no child row is cascaded
        // away, and no reference is left broken: nothing is found
        assertThat(report.findings()).isEmpty();
        assertThat(revisionsWalked(report, Dialect.SQLITE)).containsExactly("V1 create_parents",
                "V2 check_parent_names", "V3 index_children");
    }

    @Test
    void rebuild_written_for_a_runtime_without_foreign_keys_holds_when_walked_without_them() {
        // GIVEN the same rebuild without the pragmas, for a runtime that leaves foreign keys off

        // WHEN walking it with stairway.sqlite.foreign.keys=false
        VerificationReport report = verify("foreign-keys-off", notEnforced);

        // THEN V2 holds, and V3, which deletes a parent its children still point at, breaks the reference of the
        // first child row, found after the up
        assertThat(report.findings()).containsExactly(
                finding("V3 delete_first_parent", Dialect.SQLITE, FindingKind.FOREIGN_KEYS_BROKEN,
                        "after the up, child row 1196001 (parent_id = 1914001) references no row of parent"),
                finding("V3 delete_first_parent", Dialect.SQLITE, FindingKind.IRREVERSIBLE,
                        "deletes the first parent, whose children are left pointing at it"));
        assertThat(report.findings().get(0).message()).isEqualTo("V3 delete_first_parent [sqlite]: foreign keys"
                + " broken: after the up, child row 1196001 (parent_id = 1914001) references no row of parent");
    }

    @Test
    void the_same_rebuild_walked_with_foreign_keys_enforced_cascades_into_the_children() {
        // GIVEN the rebuild written for a runtime without foreign keys

        // WHEN walking it with foreign keys enforced
        VerificationReport report = verify("foreign-keys-off", enforced);

        // THEN dropping the old parent table deletes every child row: what the setting is there to avoid
        assertThat(report.failures()).containsExactly(finding("V2 check_parent_names", Dialect.SQLITE,
                FindingKind.DATA_NOT_RESTORED, "child: 3 rows missing: child(id=1196001, parent_id=1914001);"
                        + " child(id=1196002, parent_id=1914002); child(id=1196003, parent_id=1914003)"));
    }
}

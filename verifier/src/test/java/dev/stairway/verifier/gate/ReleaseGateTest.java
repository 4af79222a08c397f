package dev.stairway.verifier.gate;

import static dev.stairway.verifier.gate.GateCases.copy;
import static dev.stairway.verifier.gate.GateCases.finding;
import static dev.stairway.verifier.gate.GateCases.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.GateReport;
import dev.stairway.verifier.report.ReleaseResult;
import dev.stairway.verifier.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release gate on small histories, on both dialects: silent on a history whose releases upgrade, come back
 * down and are adopted from legacy installs as they should, and the exact findings where they do not.
 */
class ReleaseGateTest {

    private static final Dialect SQLITE = Dialect.SQLITE;
    private static final Dialect POSTGRESQL = Dialect.POSTGRESQL;

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

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GateReport gate(Path folder) {
        return Stairway.configure().migrations(folder.toString()).databases(databases).load().gate();
    }

    @Test
    void releases_that_upgrade_come_back_down_and_are_adopted_from_legacy_installs_hold_without_a_finding() {
        // GIVEN the shop's history (V1 customers, V2 orders, V3 a phone column) with two releases, the second one
        // also installed without Flyway
        Path shop = copy("shop", directory);
        release(shop.resolve("migrations"), "1.0", "1");
        release(shop.resolve("migrations"), "2.0", "2", "../legacy");

        // WHEN gating it
        GateReport report = gate(shop.resolve("migrations"));

        // THEN each release holds on each dialect, and nothing is reported
        assertThat(report.results()).extracting(ReleaseResult::displayName).containsExactly(
                "release 1.0 (V1) [sqlite]", "release 2.0 (V2) [sqlite]",
                "release 1.0 (V1) [postgresql]", "release 2.0 (V2) [postgresql]");
        assertThat(report.findings()).isEmpty();
        assertThat(report.holds()).isTrue();
    }

    @Test
    void an_upgrade_that_loses_a_columns_data_is_reported_and_so_is_the_downgrade_that_cannot_bring_it_back() {
        // GIVEN a history whose V2 rebuilds customers with a new column and forgets to copy the e-mail addresses,
        // and a release at V1
        Path history = copy("lost-email", directory);
        release(history, "1.0", "1");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN the lost column is named with the values it lost, on the way up and on the way back down
        for (Dialect dialect : Dialect.values()) {
            assertThat(report.findings().stream().filter(f -> f.dialect().orElseThrow() == dialect)).containsExactly(
                    finding("release 1.0 (V1)", dialect, FindingKind.UPGRADE_LOST_DATA,
                            "column customers.email: 3 values at V1 are not at V2: customers(email='email-1069001');"
                                    + " customers(email='email-1069002'); customers(email='email-1069003')"),
                    finding("release 1.0 (V1)", dialect, FindingKind.DOWNGRADE_LOST_DATA,
                            "customers.email: 3 values lost, e.g. id=1069001: 'email-1069001' → NULL",
                            "compared with the rows as at V1 on the way up"));
        }
        assertThat(report.findings().get(0).message()).isEqualTo("release 1.0 (V1) [sqlite]: upgrade lost data:"
                + " column customers.email: 3 values at V1 are not at V2: customers(email='email-1069001');"
                + " customers(email='email-1069002'); customers(email='email-1069003')");
        assertThat(report.holds()).isFalse();
    }

    @Test
    void rows_an_irreversible_revision_removes_and_the_way_down_it_ends_are_notices() {
        // GIVEN a history whose V2 deletes every customer, declared irreversible, and a release at V1
        Path history = copy("purge", directory);
        release(history, "1.0", "1");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN the removed rows and the end of the way down are told, and the release holds
        for (Dialect dialect : Dialect.values()) {
            assertThat(report.findings().stream().filter(f -> f.dialect().orElseThrow() == dialect)).containsExactly(
                    finding("release 1.0 (V1)", dialect, FindingKind.IRREVERSIBLE_REMOVED_ROWS,
                            "on the way up from V1, V2 purge_customers is irreversible (deletes every customer of"
                                    + " the old shop; they are not kept anywhere)",
                            "table customers: 3 rows at V1 are not at V2 (compared on id, name, email)"),
                    finding("release 1.0 (V1)", dialect, FindingKind.DOWNGRADE_STOPS,
                            "V2 purge_customers is irreversible (deletes every customer of the old shop; they are"
                                    + " not kept anywhere): the way down from V3 to V1 ends there, so it is checked"
                                    + " from V3 down to V2 only"));
        }
        assertThat(report.holds()).isTrue();
    }

    @Test
    void a_migration_that_fails_only_on_generated_rows_is_retried_without_them_and_the_path_goes_on() {
        // GIVEN a history whose V2 adds a NOT NULL column without a default, which a fresh install accepts, and a
        // release at V1
        Path history = copy("not-null", directory);
        release(history, "1.0", "1");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN the up is tried again without the generated rows in its way, as the walk does: a notice of the
        // walk's kind naming the statement and a blocking row, and the path goes on to the head and back down
        for (Dialect dialect : Dialect.values()) {
            assertThat(report.findings().stream().filter(f -> f.dialect().orElseThrow() == dialect))
                    .extracting(Finding::kind).containsExactly(FindingKind.UP_FAILS_ON_EXISTING_ROWS);
        }
        assertThat(report.findings().get(1).details()).containsExactly(
                "on the way up from V1: postgresql/V2__add_country.sql line 1 (ALTER TABLE customers ADD COLUMN"
                        + " country TEXT NOT NULL) fails on the generated rows: ERROR: column \"country\" of relation"
                        + " \"customers\" contains null values",
                "blocking rows: customers(id=1069002, name='name-1069002', email='email-1069002');"
                        + " customers(id=1069003, name='name-1069003', email='email-1069003') (taken out, with 1 other"
                        + " generated row taken out before, and the path goes on without them)");
        assertThat(report.holds()).isTrue();
    }

    @Test
    void a_migration_that_fails_on_the_historys_own_seeded_rows_fails_the_upgrade() {
        // GIVEN the seeded shop, whose seed script S2 now holds a customer without an '@' in the address, which
        // V3 comes to require; a release at V2
        Path history = copy("seeded", directory);
        append(history.resolve("seed/common/S2__first_customers.sql"),
                "INSERT INTO customers (id, name, email) VALUES (3, 'Edsger', 'edsger at example.org');\n");
        release(history, "2.0", "2");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN the upgrade from the release fails, naming the script: the rows in its way are the user's own
        assertThat(report.findings()).extracting(f -> f.dialect().orElseThrow() + " " + f.kind())
                .containsExactly("sqlite UPGRADE_FAILED", "postgresql UPGRADE_FAILED");
        assertThat(report.findings().get(1).details().get(0))
                .startsWith("migrating from V2 to V3: Up migration postgresql/V3__require_email_at.sql failed on"
                        + " postgresql database ")
                .contains("check constraint \"customers_email_at\" of relation \"customers\" is violated by some"
                        + " row");
        assertThat(report.holds()).isFalse();
    }

    @Test
    void the_database_at_a_release_holds_the_rows_of_the_historys_seed_scripts_and_generated_rows_leave_them_alone() {
        // GIVEN the seeded shop: V1 customers, seed/common/S2__first_customers.sql run before V2 (notes), V3 a check
        // that every address holds an '@', which generated addresses do not; releases at V1 and V2
        Path history = copy("seeded", directory);
        release(history, "1.0", "1");
        release(history, "2.0", "2");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN 2.0's database holds the script's customers (and generated notes), so V3 passes on them; 1.0's
        // customers are left empty, as in the walk at V1: nothing is reported on either dialect
        assertThat(report.findings()).isEmpty();
        assertThat(report.results()).hasSize(4);
        assertThat(report.holds()).isTrue();
    }

    @Test
    void rows_of_the_historys_seed_scripts_are_checked_for_data_kept() throws IOException {
        // GIVEN the seeded shop whose V3 rebuild forgets to copy the addresses (SQLite), or clears them
        // (PostgreSQL: a rebuild as well), and a release at V2
        Path history = copy("seeded", directory);
        for (String dialect : new String[] {"sqlite", "postgresql"}) {
            Files.writeString(history.resolve(dialect + "/V3__require_email_at.sql"), """
                    CREATE TABLE customers_new (
                        id INTEGER NOT NULL PRIMARY KEY,
                        name TEXT NOT NULL,
                        email TEXT
                    );
                    INSERT INTO customers_new (id, name) SELECT id, name FROM customers;
                    DROP TABLE customers;
                    ALTER TABLE customers_new RENAME TO customers;
                    """);
        }
        release(history, "2.0", "2");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN the addresses the seed script wrote are named as lost on the way up
        for (Dialect dialect : Dialect.values()) {
            assertThat(report.findings().stream().filter(f -> f.dialect().orElseThrow() == dialect)
                    .filter(f -> f.kind() == FindingKind.UPGRADE_LOST_DATA)).containsExactly(
                    finding("release 2.0 (V2)", dialect, FindingKind.UPGRADE_LOST_DATA,
                            "column customers.email: 2 values at V2 are not at V3: customers(email='ada@example.org');"
                                    + " customers(email='grace@example.org')"));
        }
    }

    @Test
    void a_column_an_up_sets_on_purpose_is_a_notice_not_lost_data() {
        // GIVEN a history whose V2 writes every customer's name in capitals (UPDATE customers SET name =
        // upper(name)), and a release at V1
        Path history = copy("set-names", directory);
        release(history, "1.0", "1");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN one notice per column says its values changed on purpose and are left out; nothing is lost
        for (Dialect dialect : Dialect.values()) {
            assertThat(report.findings().stream().filter(f -> f.dialect().orElseThrow() == dialect))
                    .containsExactly(finding("release 1.0 (V1)", dialect, FindingKind.VALUES_SET_BY_UP,
                            "column customers.name: 3 values at V1 are not at V2, as V2 capitalise_names sets it"
                                    + " (UPDATE customers SET name = upper(name)); a change on purpose, left out of the"
                                    + " data kept check"));
        }
        assertThat(report.holds()).isTrue();
    }

    @Test
    void rows_an_up_deletes_beside_a_column_it_sets_are_still_lost_data() throws IOException {
        // GIVEN the history whose V2 capitalises names, now deleting the customer with the highest id as well
        Path history = copy("set-names", directory);
        for (String dialect : new String[] {"sqlite", "postgresql"}) {
            append(history.resolve(dialect + "/V2__capitalise_names.sql"),
                    "DELETE FROM customers WHERE id = (SELECT max(id) FROM customers);\n");
        }
        release(history, "1.0", "1");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN the deleted row is lost data on the way up, compared on the columns V2 does not set
        for (Dialect dialect : Dialect.values()) {
            assertThat(report.findings().stream().filter(f -> f.dialect().orElseThrow() == dialect)
                    .filter(f -> f.kind() == FindingKind.UPGRADE_LOST_DATA)).containsExactly(
                    finding("release 1.0 (V1)", dialect, FindingKind.UPGRADE_LOST_DATA, "table customers: 1 row at"
                            + " V1 is not at V2 (compared on id, email): customers(id=1069003,"
                            + " email='email-1069003')"));
        }
        assertThat(report.holds()).isFalse();
    }

    @Test
    void a_legacy_install_whose_schema_lacks_an_index_is_reported_against_a_fresh_install() {
        // GIVEN the shop's history with release 2.0 whose legacy installs lack the orders index
        Path shop = copy("shop", directory);
        release(shop.resolve("migrations"), "2.0", "2", "../legacy-without-index");

        // WHEN gating it
        GateReport report = gate(shop.resolve("migrations"));

        // THEN the adopted legacy install is compared with a fresh install, and the index is missing
        assertThat(report.findings()).containsExactly(
                finding("release 2.0 (V2)", SQLITE, FindingKind.LEGACY_SCHEMA_DIFFERS,
                        "index orders_customer_idx is missing (expected present, as in a fresh install of V3)"),
                finding("release 2.0 (V2)", POSTGRESQL, FindingKind.LEGACY_SCHEMA_DIFFERS,
                        "index orders_customer_idx is missing (expected present, as in a fresh install of V3)"));
    }

    @Test
    void a_history_without_releases_is_bad_input() {
        // GIVEN the shop's history with no releases file
        Path shop = copy("shop", directory);

        // WHEN gating it THEN nothing is checked, and the message says how to record a release
        String folder = shop.resolve("migrations").toString();
        assertThatThrownBy(() -> gate(shop.resolve("migrations")))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("Invalid migration history at " + folder + ": no releases declared:"
                        + " expected a file " + folder + "/releases listing them. Record one with 'stairway release"
                        + " <name> " + folder + "'.");
    }
}

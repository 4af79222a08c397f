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
                            "customers: 3 rows missing: customers(id=1069001, name='name-1069001', email='email-1069001');"
                                    + " customers(id=1069002, name='name-1069002', email='email-1069002');"
                                    + " customers(id=1069003, name='name-1069003', email='email-1069003')",
                            "customers: 3 rows unexpected: customers(id=1069001, name='name-1069001', email=NULL);"
                                    + " customers(id=1069002, name='name-1069002', email=NULL);"
                                    + " customers(id=1069003, name='name-1069003', email=NULL)",
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
    void a_migration_that_fails_on_a_table_holding_rows_fails_the_upgrade() {
        // GIVEN a history whose V2 adds a NOT NULL column without a default, which a fresh install accepts, and a
        // release at V1
        Path history = copy("not-null", directory);
        release(history, "1.0", "1");

        // WHEN gating it
        GateReport report = gate(history);

        // THEN the upgrade from the release fails, naming the script
        assertThat(report.findings()).extracting(f -> f.dialect().orElseThrow() + " " + f.kind())
                .containsExactly("sqlite UPGRADE_FAILED", "postgresql UPGRADE_FAILED");
        assertThat(report.findings().get(1).details().get(0))
                .startsWith("migrating from V1 to V2: Up migration postgresql/V2__add_country.sql failed on"
                        + " postgresql database ")
                .contains("column \"country\" of relation \"customers\" contains null values");
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

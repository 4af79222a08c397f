package dev.stairway.verifier.cli;

import static dev.stairway.verifier.cli.CommandRun.stairway;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.verifier.gate.GateCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stairway release}: the block it appends to the releases file, and the inputs it refuses. */
class ReleaseCommandTest {

    @TempDir
    Path directory;

    private Path shop;

    @BeforeEach
    void copy_the_shop() {
        shop = GateCases.copy("shop", directory).resolve("migrations");
    }

    /** The line sha256sum prints for {@code path} under the shop's folder: the checksum of its bytes, two blanks, the path. */
    private String sha256sum(String path) throws IOException, NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(shop.resolve(path)));
        return "  " + HexFormat.of().formatHex(digest) + "  " + path;
    }

    private List<String> block(String header, String... paths) throws IOException, NoSuchAlgorithmException {
        List<String> lines = new ArrayList<>(List.of(header));
        for (String path : paths) {
            lines.add(sha256sum(path));
        }
        return lines;
    }

    @Test
    void release_records_the_checksum_of_every_file_up_to_its_version_as_sha256sum_prints_it() throws Exception {
        // GIVEN the shop's history, V1 to V3, and no releases file

        // WHEN recording release 1.0 at V2
        CommandRun run = stairway("release", "1.0", shop.toString(), "--version", "2");

        // THEN it says so, and the file holds a header and the release's block, files sorted by path
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Recorded release 1.0 (V2): 8 files in " + shop.resolve("releases")
                + ". Review and commit it.\n");
        assertThat(run.status()).isEqualTo(StairwayCommand.HOLDS);
        List<String> expected = new ArrayList<>(List.of(
                "# Releases of this migration history: the last version each release shipped, and the SHA-256 of every",
                "# migration file it shipped (line endings normalised), as sha256sum prints them. Recorded by",
                "# 'stairway release <name> <folder>'; 'stairway gate <folder>' reports a recorded file that changed,",
                "# went or was renumbered since, and proves the upgrade from each release. Do not edit a block: put",
                "# changes in new revisions and record new releases.",
                ""));
        expected.addAll(block("release 1.0 version 2", "postgresql/U1__create_customers.sql",
                "postgresql/U2__create_orders.sql", "postgresql/V1__create_customers.sql",
                "postgresql/V2__create_orders.sql", "sqlite/U1__create_customers.sql", "sqlite/U2__create_orders.sql",
                "sqlite/V1__create_customers.sql", "sqlite/V2__create_orders.sql"));
        assertThat(Files.readAllLines(shop.resolve("releases"))).containsExactlyElementsOf(expected);
    }

    @Test
    void a_second_release_is_appended_below_the_first_which_stays_as_it_was() throws Exception {
        // GIVEN release 1.0 recorded at V1
        stairway("release", "1.0", shop.toString(), "--version", "1");
        List<String> first = Files.readAllLines(shop.resolve("releases"));

        // WHEN recording release 2.0 at the latest version, with legacy installs
        CommandRun run = stairway("release", "2.0", shop.toString(), "--legacy", "../legacy");

        // THEN its block follows the first after a blank line
        assertThat(run.out()).isEqualTo("Recorded release 2.0 (V3): 12 files in " + shop.resolve("releases")
                + ". Review and commit it.\n");
        List<String> expected = new ArrayList<>(first);
        expected.add("");
        expected.addAll(block("release 2.0 version 3 legacy ../legacy", "postgresql/U1__create_customers.sql",
                "postgresql/U2__create_orders.sql", "postgresql/U3__add_customer_phone.sql",
                "postgresql/V1__create_customers.sql", "postgresql/V2__create_orders.sql",
                "postgresql/V3__add_customer_phone.sql", "sqlite/U1__create_customers.sql",
                "sqlite/U2__create_orders.sql", "sqlite/U3__add_customer_phone.sql", "sqlite/V1__create_customers.sql",
                "sqlite/V2__create_orders.sql", "sqlite/V3__add_customer_phone.sql"));
        assertThat(Files.readAllLines(shop.resolve("releases"))).containsExactlyElementsOf(expected);
    }

    @Test
    void a_name_taken_a_version_not_in_the_history_and_a_legacy_folder_without_scripts_are_refused()
            throws IOException {
        // GIVEN release 1.0 recorded
        stairway("release", "1.0", shop.toString(), "--version", "1");
        List<String> recorded = Files.readAllLines(shop.resolve("releases"));

        // WHEN recording 1.0 again, a release at V9, and one whose legacy folder holds nothing
        CommandRun taken = stairway("release", "1.0", shop.toString());
        CommandRun version = stairway("release", "9.0", shop.toString(), "--version", "9");
        CommandRun legacy = stairway("release", "3.0", shop.toString(), "--legacy", "../nowhere");
        CommandRun name = stairway("release", "first release", shop.toString());

        // THEN each exits 2 with what was expected, and the file is as it was
        assertThat(taken.err()).isEqualTo("stairway release: release 1.0 (V1) is already recorded in "
                + shop.resolve("releases") + ": a release is recorded once. Choose another name.\n");
        assertThat(version.err()).isEqualTo("stairway release: Version 9 is not a revision of " + shop
                + ": expected the version of one of its revisions, such as V1 to V3. Fix --version.\n");
        assertThat(legacy.err()).isEqualTo("stairway release: No legacy schema for sqlite: expected .sql files in "
                + directory.resolve("shop/nowhere/sqlite") + ". Fix --legacy, a folder relative to the migration"
                + " folder.\n");
        assertThat(name.err()).isEqualTo("stairway release: 'first release' cannot name a release: expected letters,"
                + " digits and . _ + - (starting with a letter or digit), such as 1.4.0 or 2024-06.\n");
        assertThat(List.of(taken.status(), version.status(), legacy.status(), name.status()))
                .containsOnly(StairwayCommand.BAD_INPUT);
        assertThat(Files.readAllLines(shop.resolve("releases"))).isEqualTo(recorded);
    }
}

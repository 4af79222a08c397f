package dev.stairway.verifier.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.gate.GateCases;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed scripts in releases: a release records the checksum of every seed script up to its version, as of the V and
 * U files; a released seed script edited or removed is drift naming the file and the release, on each dialect it
 * seeds.
 */
class SeedScriptDriftTest {

    private static final String SEED = "seed/common/S2__first_customers.sql";

    @TempDir
    Path directory;

    private Path history;

    @BeforeEach
    void copy_the_seeded_shop() {
        // the seeded shop: V1 customers, V2 notes with seed/common/S2__first_customers.sql before it, V3 a check
        history = GateCases.copy("seeded", directory);
    }

    private List<Finding> drift(String release, Dialect dialect) {
        MigrationHistory read = MigrationHistory.configure().location(history.toString()).dialects(dialect).load();
        return Drift.findings(Releases.of(read).named(release).orElseThrow(), MigrationFiles.of(read), dialect);
    }

    @Test
    void a_release_records_the_seed_scripts_up_to_its_version_and_they_are_silent_while_unchanged()
            throws IOException {
        // GIVEN release 1.0 at V1 and release 2.0 at V2, the seed script's version
        GateCases.release(history, "1.0", "1");
        GateCases.release(history, "2.0", "2");

        // WHEN reading them back
        MigrationHistory read = MigrationHistory.read(history);
        Releases releases = Releases.of(read);

        // THEN 2.0 holds the seed script's checksum beside the V and U files, 1.0 does not, and nothing drifted
        assertThat(releases.named("2.0").orElseThrow().checksums())
                .containsEntry(SEED, FileChecksum.of(Files.readString(history.resolve(SEED))))
                .containsKeys("sqlite/V2__create_notes.sql", "postgresql/U2__create_notes.sql")
                .hasSize(9);
        assertThat(releases.named("1.0").orElseThrow().checksums()).doesNotContainKey(SEED).hasSize(4);
        assertThat(Files.readString(history.resolve("releases"))).contains("  "
                + FileChecksum.of(Files.readString(history.resolve(SEED))) + "  " + SEED + "\n");
        for (Dialect dialect : Dialect.values()) {
            assertThat(drift("1.0", dialect)).isEmpty();
            assertThat(drift("2.0", dialect)).isEmpty();
        }
    }

    @Test
    void a_released_seed_script_edited_is_drift_naming_the_file_and_the_release_on_each_dialect() throws IOException {
        // GIVEN release 2.0 at V2, then a customer added to its seed script
        GateCases.release(history, "2.0", "2");
        Path file = history.resolve(SEED);
        String recorded = FileChecksum.of(Files.readString(file));
        Files.writeString(file, Files.readString(file)
                + "INSERT INTO customers (id, name, email) VALUES (3, 'Linus', 'linus@example.org');\n");
        String now = FileChecksum.of(Files.readString(file));

        // WHEN looking for drift THEN the seed script is named with both checksums, on both dialects it seeds
        for (Dialect dialect : Dialect.values()) {
            assertThat(drift("2.0", dialect)).containsExactly(Finding.on("release 2.0 (V2)", dialect,
                    FindingKind.RELEASED_FILE_CHANGED, List.of(SEED + ": sha256 " + recorded.substring(0, 12)
                            + "… recorded, " + now.substring(0, 12) + "… now; the gate proves 2.0 on the rows it"
                            + " recorded. Restore the file and put new rows in the seed script of a later"
                            + " revision.")));
        }
    }

    @Test
    void a_released_seed_script_removed_is_drift_and_one_added_to_a_released_revision_later_a_notice()
            throws IOException {
        // GIVEN release 2.0 at V2, then its seed script moved from seed/common/ to seed/postgresql/ with other rows
        GateCases.release(history, "2.0", "2");
        Files.delete(history.resolve(SEED));
        Files.createDirectories(history.resolve("seed/postgresql"));
        Files.writeString(history.resolve("seed/postgresql/S2__first_customers.sql"),
                "INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@example.org');\n");

        // WHEN looking for drift
        // THEN SQLite lost the rows it was proven on; PostgreSQL too, and its new script is a notice
        Finding removed = Finding.on("release 2.0 (V2)", Dialect.SQLITE, FindingKind.RELEASED_FILE_REMOVED,
                List.of(SEED + " is gone; the gate proves 2.0 on the rows it recorded. Restore the file."));
        assertThat(drift("2.0", Dialect.SQLITE)).containsExactly(removed);
        assertThat(drift("2.0", Dialect.POSTGRESQL)).containsExactly(
                Finding.on("release 2.0 (V2)", Dialect.POSTGRESQL, FindingKind.RELEASED_FILE_REMOVED,
                        removed.details()),
                Finding.on("release 2.0 (V2)", Dialect.POSTGRESQL, FindingKind.FILE_ADDED_TO_RELEASE,
                        List.of("seed/postgresql/S2__first_customers.sql was added after 2.0, which covers V2; its"
                                + " checksum is not recorded.")));
        assertThat(drift("2.0", Dialect.POSTGRESQL).get(1).isFailure()).isFalse();
    }
}

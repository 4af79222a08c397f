package dev.stairway.verifier.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.gate.GateCases;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift of released files: silent while the files are as released (line endings aside), a finding naming the file
 * and the release when one changed, went, was renumbered or was added within the release.
 */
class DriftTest {

    private static final String RELEASE = "release 1.0 (V2)";

    @TempDir
    Path directory;

    private Path history;

    @BeforeEach
    void record_release_1_0_at_v2() {
        history = GateCases.copy("shop", directory).resolve("migrations");
        GateCases.release(history, "1.0", "2");
    }

    private List<Finding> drift(Dialect dialect) {
        MigrationHistory read = MigrationHistory.configure().location(history.toString()).dialects(dialect).load();
        Release release = Releases.of(read).named("1.0").orElseThrow();
        return Drift.findings(release, MigrationFiles.of(read), dialect);
    }

    private static Finding finding(Dialect dialect, FindingKind kind, String detail) {
        return Finding.on(RELEASE, dialect, kind, List.of(detail));
    }

    @Test
    void files_as_released_are_silent_even_with_other_line_endings_and_later_revisions() throws IOException {
        // GIVEN a released file checked out with Windows line endings, and V3, which the release did not ship
        Path file = history.resolve("sqlite/V1__create_customers.sql");
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));

        // WHEN looking for drift THEN there is none on either dialect
        assertThat(drift(Dialect.SQLITE)).isEmpty();
        assertThat(drift(Dialect.POSTGRESQL)).isEmpty();
    }

    @Test
    void a_released_file_whose_text_changed_is_named_with_its_release() throws IOException {
        // GIVEN a released up migration edited after the release
        Path file = history.resolve("postgresql/V2__create_orders.sql");
        String before = FileChecksum.of(Files.readString(file));
        Files.writeString(file, Files.readString(file).replace("total INTEGER", "total BIGINT"));
        String after = FileChecksum.of(Files.readString(file));

        // WHEN looking for drift
        List<Finding> findings = drift(Dialect.POSTGRESQL);

        // THEN the file is named, with both checksums; the other dialect has none
        assertThat(findings).containsExactly(finding(Dialect.POSTGRESQL, FindingKind.RELEASED_FILE_CHANGED,
                "postgresql/V2__create_orders.sql: sha256 " + before.substring(0, 12) + "… recorded, "
                        + after.substring(0, 12) + "… now; databases at 1.0 ran the recorded text. Restore the file"
                        + " and make the change in a new revision."));
        assertThat(findings.get(0).message()).startsWith("release 1.0 (V2) [postgresql]: released file changed:"
                + " postgresql/V2__create_orders.sql: sha256 ");
        assertThat(drift(Dialect.SQLITE)).isEmpty();
    }

    @Test
    void a_released_file_removed_or_renumbered_is_a_finding() throws IOException {
        // GIVEN a released undo removed, and a released up migration renumbered from V2 to V4
        Files.delete(history.resolve("sqlite/U1__create_customers.sql"));
        Files.move(history.resolve("sqlite/V2__create_orders.sql"), history.resolve("sqlite/V4__create_orders.sql"));
        Files.move(history.resolve("sqlite/U2__create_orders.sql"), history.resolve("sqlite/U4__create_orders.sql"));

        // WHEN looking for drift
        List<Finding> findings = drift(Dialect.SQLITE);

        // THEN each is named with what became of it
        assertThat(findings).containsExactly(
                finding(Dialect.SQLITE, FindingKind.RELEASED_FILE_REMOVED, "sqlite/U1__create_customers.sql is gone;"
                        + " databases at 1.0 have it applied. Restore the file."),
                finding(Dialect.SQLITE, FindingKind.RELEASED_FILE_RENUMBERED, "sqlite/U2__create_orders.sql is now"
                        + " sqlite/U4__create_orders.sql; databases at 1.0 have it applied under its recorded"
                        + " version. Give it back its name and version."),
                finding(Dialect.SQLITE, FindingKind.RELEASED_FILE_RENUMBERED, "sqlite/V2__create_orders.sql is now"
                        + " sqlite/V4__create_orders.sql; databases at 1.0 have it applied under its recorded"
                        + " version. Give it back its name and version."));
    }

    @Test
    void a_migration_added_within_a_release_is_a_finding_and_an_undo_added_later_a_notice() throws IOException {
        // GIVEN an up migration V1.5 added below the release's V2, and an undo of V1 rewritten as a new file
        Files.writeString(history.resolve("sqlite/V1_5__index_customer_names.sql"),
                "CREATE INDEX customers_name_idx ON customers (name);\n", StandardCharsets.UTF_8);
        Files.writeString(history.resolve("sqlite/U1_5__index_customer_names.sql"),
                "DROP INDEX customers_name_idx;\n", StandardCharsets.UTF_8);

        // WHEN looking for drift
        List<Finding> findings = drift(Dialect.SQLITE);

        // THEN the up migration is a finding, its undo a notice
        assertThat(findings).containsExactly(
                finding(Dialect.SQLITE, FindingKind.FILE_ADDED_TO_RELEASE, "sqlite/U1_5__index_customer_names.sql was"
                        + " added after 1.0, which covers V1.5; its checksum is not recorded."),
                finding(Dialect.SQLITE, FindingKind.MIGRATION_ADDED_TO_RELEASE, "sqlite/V1_5__index_customer_names.sql"
                        + " has version 1.5, which 1.0 covers (up to V2) but did not ship: databases at 1.0 will"
                        + " never run it. Give it a version above 2."));
        assertThat(findings).extracting(Finding::isFailure).containsExactly(false, true);
    }
}

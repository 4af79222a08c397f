package dev.stairway.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.release.FileChecksum;
import dev.stairway.verifier.release.Release;
import dev.stairway.verifier.release.Releases;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.GateReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference history's releases, and the drift the gate reports when a released file is edited in a copy. */
class ReleasedFilesTest {

    /** The reference history's folders, relative to this module (Surefire's working directory). */
    private static final Path RESOURCES = Path.of("src/main/resources/db");

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

    @Test
    void the_reference_history_declares_a_release_in_each_era_and_one_at_the_legacy_baseline() {
        // GIVEN the reference history's releases file
        Releases releases = Releases.of(ReferenceDatabase.HISTORY);

        // THEN it declares an early-era release, the last early-era one with its legacy installs, and two later
        assertThat(releases.all()).extracting(Release::label).containsExactly("release 0.1.0 (V5)",
                "release 0.3.0 (V14)", "release 0.5.0 (V25)", "release 0.6.0 (V31)");
        assertThat(releases.named("0.3.0").orElseThrow().legacy()).isEqualTo(Optional.of("../legacy"));
        assertThat(releases.named("0.3.0").orElseThrow().checksums()).hasSize(56)
                .containsKeys("sqlite/V14__rename_auth_active.sql", "postgresql/U14__rename_auth_active.sql")
                .doesNotContainKey("sqlite/V15__hot_query_indexes.sql");
        assertThat(releases.named("0.6.0").orElseThrow().version()).isEqualTo(RevisionVersion.from("31"));
    }

    @Test
    void a_released_file_edited_in_a_copy_is_drift_of_every_release_that_shipped_it() throws IOException {
        // GIVEN a copy of the reference history whose sqlite/V3__chat_share_id.sql gained a comment
        Path migrations = copy(RESOURCES, directory.resolve("db")).resolve("migration");
        Path edited = migrations.resolve("sqlite/V3__chat_share_id.sql");
        String recorded = FileChecksum.of(Files.readString(edited));
        Files.writeString(edited, Files.readString(edited) + "-- share ids are unique per chat\n");
        String now = FileChecksum.of(Files.readString(edited));

        // WHEN gating the copy on SQLite
        GateReport report = Stairway.configure().migrations(migrations.toString()).dialects(Dialect.SQLITE)
                .databases(databases).load().gate();

        // THEN each release names the file as drift, and nothing else fails
        String detail = "sqlite/V3__chat_share_id.sql: sha256 " + recorded.substring(0, 12) + "… recorded, "
                + now.substring(0, 12) + "… now; databases at %s ran the recorded text. Restore the file and make the"
                + " change in a new revision.";
        assertThat(report.failures()).containsExactly(
                Finding.on("release 0.1.0 (V5)", Dialect.SQLITE, FindingKind.RELEASED_FILE_CHANGED,
                        List.of(detail.formatted("0.1.0"))),
                Finding.on("release 0.3.0 (V14)", Dialect.SQLITE, FindingKind.RELEASED_FILE_CHANGED,
                        List.of(detail.formatted("0.3.0"))),
                Finding.on("release 0.5.0 (V25)", Dialect.SQLITE, FindingKind.RELEASED_FILE_CHANGED,
                        List.of(detail.formatted("0.5.0"))),
                Finding.on("release 0.6.0 (V31)", Dialect.SQLITE, FindingKind.RELEASED_FILE_CHANGED,
                        List.of(detail.formatted("0.6.0"))));
    }

    @Test
    void the_reference_history_passes_the_gate_on_both_dialects_without_a_retry_or_a_value_set_on_purpose() {
        // GIVEN the reference history as released (no seed scripts; ups such as V16 and V27 fill new columns with
        // UPDATE, and its rows are generated)

        // WHEN gating it on both dialects
        GateReport report = Stairway.configure().migrations(RESOURCES.resolve("migration").toString())
                .databases(databases).load().gate();

        // THEN every release holds, and none of the gate's checks taken from the walk speaks up: no up is retried,
        // no column counts as set on purpose (its UPDATEs fill columns that are new), nothing timed out
        assertThat(report.failures()).isEmpty();
        assertThat(report.results()).hasSize(8);
        assertThat(report.findings()).extracting(Finding::kind).doesNotContain(FindingKind.UP_FAILS_ON_EXISTING_ROWS,
                FindingKind.VALUES_SET_BY_UP, FindingKind.SEED_SCRIPT_FAILED, FindingKind.TIMED_OUT,
                FindingKind.NOT_CHECKED);
        assertThat(report.interrupted()).isFalse();
    }

    private static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}

package dev.stairway.verifier.release;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Records a release in the {@value Releases#FILE} file beside a history ({@code stairway release}): appends a block
 * with its name, last version, legacy folder if any, and the checksum of every migration file up to that version,
 * creating the file with a header that says what it is. Earlier blocks and comments are left as they are, so the
 * change reviews as a few added lines.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class ReleaseRecorder {

    static final String HEADER = """
            # Releases of this migration history: the last version each release shipped, and the SHA-256 of every
            # migration file it shipped (line endings normalised), as sha256sum prints them. Recorded by
            # 'stairway release <name> <folder>'; 'stairway gate <folder>' reports a recorded file that changed,
            # went or was renumbered since, and proves the upgrade from each release. Do not edit a block: put
            # changes in new revisions and record new releases.
            """;

    private ReleaseRecorder() {
    }

    /**
     * Records release {@code name} of {@code history} at {@code version} (the latest version when empty), with a
     * legacy folder when given, and writes it to the file.
     *
     * @return the release as recorded
     * @throws IllegalArgumentException when the name is taken or not a name, the version is not one of the
     *     history's, the legacy folder holds no script for a dialect, or the history is on the class path
     */
    public static Release record(MigrationHistory history, String name, Optional<RevisionVersion> version,
            Optional<String> legacy) {
        Releases releases = Releases.of(history);
        Path file = HistoryFolder.writable(history.location(), Releases.FILE);
        Release.nameProblem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem + ".");
        });
        releases.named(name).ifPresent(taken -> {
            throw new IllegalArgumentException(taken.label() + " is already recorded in " + file + ": a release is"
                    + " recorded once. Choose another name.");
        });
        RevisionVersion last = version.orElseGet(() -> latest(history));
        checkVersion(history, last);
        Release release = new Release(name, last, legacy, MigrationFiles.of(history).checksumsUpTo(last));
        legacy.ifPresent(folder -> checkLegacy(history, release));
        write(file, Releases.block(release));
        return release;
    }

    private static RevisionVersion latest(MigrationHistory history) {
        return history.dialects().stream().map(dialect -> last(history.revisions(dialect)))
                .max(RevisionVersion::compareTo).orElseThrow();
    }

    private static RevisionVersion last(List<Revision> revisions) {
        return revisions.get(revisions.size() - 1).version();
    }

    /** A release ends at a revision: of every dialect, or (a version a dialect has on its own) of one. */
    private static void checkVersion(MigrationHistory history, RevisionVersion version) {
        if (history.dialects().stream().noneMatch(dialect -> history.revision(dialect, version).isPresent())) {
            List<Revision> revisions = history.revisions(history.dialects().iterator().next());
            throw new IllegalArgumentException("Version " + version + " is not a revision of " + history.location()
                    + ": expected the version of one of its revisions, such as V" + revisions.get(0).version()
                    + " to V" + latest(history) + ". Fix --version.");
        }
    }

    private static void checkLegacy(MigrationHistory history, Release release) {
        for (Dialect dialect : history.dialects()) {
            if (LegacySchema.scripts(history, release, dialect).isEmpty()) {
                throw new IllegalArgumentException("No legacy schema for " + dialect.id() + ": expected .sql files in "
                        + HistoryFolder.resolve(history.location(), release.legacy().orElseThrow() + "/"
                                + dialect.id()) + ". Fix --legacy, a folder relative to the migration folder.");
            }
        }
    }

    private static void write(Path file, String block) {
        try {
            if (Files.exists(file)) {
                String existing = Files.readString(file, StandardCharsets.UTF_8);
                String separator = existing.isEmpty() || existing.endsWith("\n") ? "\n" : "\n\n";
                Files.writeString(file, existing + separator + block, StandardCharsets.UTF_8);
            } else {
                Files.writeString(file, HEADER + "\n" + block, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage() + ". Check that the"
                    + " migration folder is writable.", e);
        }
    }
}

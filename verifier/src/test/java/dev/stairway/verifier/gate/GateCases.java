package dev.stairway.verifier.gate;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.release.ReleaseRecorder;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The small histories under {@code src/test/resources/gate}, copied into a temporary folder so that the tests can
 * record releases beside them (and edit them).
 */
public final class GateCases {

    /** Where the cases live, relative to the module (Surefire's working directory). */
    public static final Path ROOT = Path.of("src/test/resources/gate");

    private static final Pattern DATABASE =
            Pattern.compile("on (sqlite|postgresql) database stairway_[0-9a-f]+(?:\\.db)? \\([^)]*\\)");

    private GateCases() {
    }

    /** A copy of the case {@code name} (its whole folder) under {@code directory}; the copy's folder. */
    public static Path copy(String name, Path directory) {
        Path source = ROOT.resolve(name);
        Path target = directory.resolve(name);
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

    /** Records release {@code name} at {@code version} of the history in {@code folder}, with a legacy folder. */
    public static void release(Path folder, String name, String version, String legacy) {
        ReleaseRecorder.record(MigrationHistory.read(folder), name, Optional.of(RevisionVersion.from(version)),
                Optional.ofNullable(legacy));
    }

    /** Records release {@code name} at {@code version} of the history in {@code folder}. */
    public static void release(Path folder, String name, String version) {
        release(folder, name, version, null);
    }

    /** A finding on one dialect, as the test expects it. */
    public static Finding finding(String release, Dialect dialect, FindingKind kind, String... details) {
        return Finding.on(release, dialect, kind, List.of(details));
    }

    /** The finding with database names and URLs in its details replaced by {@code <database>}. */
    public static Finding withoutDatabaseNames(Finding finding) {
        return new Finding(finding.revision(), finding.dialect(), finding.kind(), finding.details().stream()
                .map(detail -> DATABASE.matcher(detail).replaceAll("on $1 database <database>")).toList());
    }
}

package dev.stairway.verifier.cli;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.release.Release;
import dev.stairway.verifier.release.ReleaseRecorder;
import dev.stairway.verifier.release.Releases;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stairway release <name> <folder>}: records a release in the folder's {@code releases} file. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Records a release in the migration folder's releases file: its name, its last version and"
                + " the SHA-256 of every migration file up to it (V, U and seed scripts of each dialect), to commit"
                + " and review. 'stairway gate' then reports drift and proves the upgrade from it.")
final class ReleaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<name>", description = "The release's name, such as 1.4.0.")
    private String name;

    @Parameters(index = "1", paramLabel = "<folder>",
            description = "The migration folder (with sqlite/, postgresql/ and optional common/): a path.")
    private String folder;

    @Option(names = "--version", paramLabel = "<version>",
            description = "The last version the release shipped. Default: the latest version of the folder.")
    private String version;

    @Option(names = "--legacy", paramLabel = "<folder>",
            description = "A folder, relative to the migration folder (such as ../legacy), holding <dialect>/*.sql:"
                    + " the schema of installs of this release made without Flyway. The gate takes them over with"
                    + " a baseline at the release's version.")
    private String legacy;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<RevisionVersion> last = Optional.ofNullable(version).map(RevisionVersion::from);
            MigrationHistory history = MigrationHistory.configure().location(folder).dialects(dialectsIn(folder))
                    .load();
            Release release = ReleaseRecorder.record(history, name, last, Optional.ofNullable(legacy));
            out.printf("Recorded %s: %d files in %s. Review and commit it.%n", release.label(),
                    release.checksums().size(), Releases.of(history).location());
            out.flush();
            return StairwayCommand.HOLDS;
        } catch (IllegalArgumentException | InvalidHistoryException e) {
            err.println("stairway release: " + e.getMessage());
            return StairwayCommand.BAD_INPUT;
        }
    }

    /** The dialects whose folders the migration folder holds; both when it holds neither, so the reader says so. */
    private static Dialect[] dialectsIn(String folder) {
        Dialect[] present = Arrays.stream(Dialect.values())
                .filter(dialect -> Files.isDirectory(Path.of(folder).resolve(dialect.id())))
                .toArray(Dialect[]::new);
        return present.length == 0 ? Dialect.values() : present;
    }
}

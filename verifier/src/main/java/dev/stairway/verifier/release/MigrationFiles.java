package dev.stairway.verifier.release;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The versioned files of a history as they are now, with their checksums: up and undo scripts under
 * {@code common/} and the dialects' folders (subfolders included), and seed scripts under {@code seed/common/} and
 * {@code seed/<dialect>/}.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class MigrationFiles {

    private final List<MigrationFile> files;

    private MigrationFiles(List<MigrationFile> files) {
        this.files = List.copyOf(files);
    }

    /** Reads the files of {@code history} from where it was read. */
    public static MigrationFiles of(MigrationHistory history) {
        Set<String> folders = Stream.concat(Stream.of("common"), history.dialects().stream().map(Dialect::id))
                .collect(Collectors.toSet());
        List<MigrationFile> files = MigrationHistory.sqlFiles(history.location(), history.classLoader()).entrySet()
                .stream()
                .map(file -> MigrationFile.of(file.getKey(), file.getValue()))
                .flatMap(Optional::stream)
                .filter(file -> folders.contains(file.folder()))
                .toList();
        return new MigrationFiles(files);
    }

    /** Every file, sorted by path. */
    List<MigrationFile> all() {
        return files;
    }

    /** The checksum of every file whose version is at most {@code version}, by path: what a release records. */
    public SortedMap<String, String> checksumsUpTo(RevisionVersion version) {
        Map<String, String> upTo = files.stream().filter(file -> file.version().compareTo(version) <= 0)
                .collect(Collectors.toMap(MigrationFile::path, MigrationFile::checksum));
        return new TreeMap<>(upTo);
    }

    /** The file at {@code path}, if there is one now. */
    Optional<MigrationFile> at(String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst();
    }
}

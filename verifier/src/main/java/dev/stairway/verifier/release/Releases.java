package dev.stairway.verifier.release;

import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The releases of a history, from the file {@value #FILE} in its migration folder: a text file meant to be
 * committed and reviewed, one block per release, in the order they were recorded.
 *
 * <pre>
 * # comment lines and blank lines are left alone
 * release 0.5.0 version 5
 *   9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  postgresql/U1__initial_schema.sql
 *   …
 * release 0.9.0 version 14 legacy ../legacy
 *   …
 * </pre>
 *
 * <p>A block starts with {@code release <name> version <version>}, optionally followed by
 * {@code legacy <folder>} (see {@link Release#legacy()}); each following indented line holds the SHA-256 of one
 * file the release shipped and its path under the migration folder, as {@code sha256sum} prints them.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class Releases {

    /** The file's name, in the migration folder: {@value}. */
    public static final String FILE = "releases";

    private static final Pattern RELEASE = Pattern.compile(
            "release\\s+(\\S+)\\s+version\\s+(\\S+)(?:\\s+legacy\\s+(\\S+))?");
    private static final Pattern CHECKSUM = Pattern.compile("\\s+([0-9a-f]{64})\\s+(\\S+)");
    private static final String FORM = "'release <name> version <version> [legacy <folder>]', or"
            + " '  <sha256>  <path>' under it";

    private final String location;
    private final List<Release> releases;

    private Releases(String location, List<Release> releases) {
        this.location = location;
        this.releases = List.copyOf(releases);
    }

    /**
     * The releases of {@code history}, from {@value #FILE} in its folder; none when there is no such file.
     *
     * @throws InvalidHistoryException naming each line of the file that cannot be read
     */
    public static Releases of(MigrationHistory history) {
        String location = HistoryFolder.resolve(history.location(), FILE);
        return HistoryFolder.read(history.location(), history.classLoader(), FILE)
                .map(text -> parse(location, text))
                .orElseGet(() -> new Releases(location, List.of()));
    }

    /**
     * The releases written in {@code text}, the file at {@code location}.
     *
     * @throws InvalidHistoryException naming each line that cannot be read
     */
    static Releases parse(String location, String text) {
        List<String> problems = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        Block block = null;
        boolean broken = false;
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).stripTrailing();
            String where = FILE + " line " + (index + 1) + ": ";
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher release = RELEASE.matcher(line);
            Matcher checksum = CHECKSUM.matcher(line);
            if (release.matches()) {
                if (block != null) {
                    block.add(releases, problems);
                }
                block = Block.start(where, release, releases, problems);
                broken = block == null;
            } else if (checksum.matches() && broken) {
                // the files of a release whose line was reported: one problem is enough
                continue;
            } else if (checksum.matches() && block != null) {
                if (block.checksums.put(checksum.group(2), checksum.group(1)) != null) {
                    problems.add(where + checksum.group(2) + " is listed twice in release " + block.name
                            + ": expected each file once. Remove one line.");
                }
            } else if (checksum.matches()) {
                problems.add(where + "a checksum before any release line: expected " + FORM + ". Add the release"
                        + " line above it, or record the release again with stairway release.");
            } else {
                problems.add(where + "expected " + FORM + ", found '" + line.strip() + "'. Fix the line, or record"
                        + " the release again with stairway release.");
            }
        }
        if (block != null) {
            block.add(releases, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidHistoryException(location, problems);
        }
        return new Releases(location, releases);
    }

    /** A release being read: its header, then its checksum lines. */
    private static final class Block {
        private final String where;
        private final String name;
        private final RevisionVersion version;
        private final Optional<String> legacy;
        private final SortedMap<String, String> checksums = new TreeMap<>();

        private Block(String where, String name, RevisionVersion version, Optional<String> legacy) {
            this.where = where;
            this.name = name;
            this.version = version;
            this.legacy = legacy;
        }

        /** The block a release line starts, or null (with the problems said) when the line names none. */
        static Block start(String where, Matcher line, List<Release> releases, List<String> problems) {
            String name = line.group(1);
            Optional<String> nameProblem = Release.nameProblem(name);
            if (nameProblem.isPresent()) {
                problems.add(where + nameProblem.get() + ". Fix the name.");
                return null;
            }
            if (releases.stream().anyMatch(release -> release.name().equals(name))) {
                problems.add(where + "release " + name + " is recorded twice: expected each name once. Remove or"
                        + " rename one block.");
                return null;
            }
            if (!RevisionVersion.isVersion(line.group(2))) {
                problems.add(where + "'" + line.group(2) + "' is not a version: expected digits separated by '.'"
                        + " or '_', such as 14 or 1.2. Fix the line.");
                return null;
            }
            return new Block(where, name, RevisionVersion.from(line.group(2)), Optional.ofNullable(line.group(3)));
        }

        void add(List<Release> releases, List<String> problems) {
            if (checksums.isEmpty()) {
                problems.add(where + "release " + name + " lists no files: expected a '  <sha256>  <path>' line per"
                        + " file it shipped. Record the release again with stairway release.");
                return;
            }
            releases.add(new Release(name, version, legacy, checksums));
        }
    }

    /** Where the file is (or would be), for messages: {@code src/main/resources/db/migration/releases}. */
    public String location() {
        return location;
    }

    /** The releases, in the order the file lists them. */
    public List<Release> all() {
        return releases;
    }

    /** The release called {@code name}, if there is one. */
    public Optional<Release> named(String name) {
        return releases.stream().filter(release -> release.name().equals(name)).findFirst();
    }

    /** Whether the history declares no release. */
    public boolean isEmpty() {
        return releases.isEmpty();
    }

    /** The block recording {@code release}: its release line, then a line per file. */
    static String block(Release release) {
        StringBuilder text = new StringBuilder("release ").append(release.name()).append(" version ")
                .append(release.version());
        release.legacy().ifPresent(legacy -> text.append(" legacy ").append(legacy));
        text.append('\n');
        release.checksums().forEach((path, checksum) -> text.append("  ").append(checksum).append("  ")
                .append(path).append('\n'));
        return text.toString();
    }
}

package dev.stairway.verifier.release;

import dev.stairway.verifier.history.RevisionVersion;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One release of a history, as the {@code releases} file records it: its name, the last version it shipped, the
 * checksum of every migration file it shipped, and where the schema of installs of it made without a migration
 * tool lives, if there are such installs.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param name      the release's name, such as {@code 0.5.0}: letters, digits and {@code . _ + -}
 * @param version   the last version it shipped
 * @param legacy    a folder, relative to the migration folder (such as {@code ../legacy}), holding
 *                  {@code <dialect>/*.sql}: the schema an install of this release made without Flyway has; Flyway
 *                  takes such installs over with a baseline at {@link #version()}. Empty when there are none
 * @param checksums the {@link FileChecksum} of every file shipped, by path under the history root
 */
public record Release(String name, RevisionVersion version, Optional<String> legacy,
        SortedMap<String, String> checksums) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    /** Checks the name and copies the checksums. */
    public Release {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(legacy, "legacy");
        nameProblem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        checksums = Collections.unmodifiableSortedMap(new TreeMap<>(checksums));
    }

    /** Why {@code name} cannot name a release, if it cannot. */
    static Optional<String> nameProblem(String name) {
        if (name != null && NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of("'" + name + "' cannot name a release: expected letters, digits and . _ + - (starting with"
                + " a letter or digit), such as 1.4.0 or 2024-06");
    }

    /** How findings and tests name this release: {@code release 0.5.0 (V5)}. */
    public String label() {
        return "release " + name + " (V" + version + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}

package dev.stairway.verifier;

import dev.stairway.fixtures.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Applies Flyway migrations from given locations, for callers that have locations rather than a
 * {@link MigrationHistory}; see {@link FlywayRunner} for the full runner.
 */
public final class FlywayMigrations {

    private FlywayMigrations() {
    }

    /**
     * Applies every pending migration under {@code locations} (Flyway location strings, such as
     * {@code classpath:db/migration/sqlite} or {@code filesystem:/path}) to {@code database}, up to
     * {@code target} (a version such as {@code 7}; {@code null} or {@code latest} for all).
     *
     * @throws MigrationFailedException naming the failing file, line, statement and the database's message
     */
    public static void migrate(TestDatabase database, List<String> locations, String target) {
        FlywayRunner runner = FlywayRunner.of(locations, Map.of());
        if (target == null || target.equalsIgnoreCase("latest")) {
            runner.migrateAll(database);
        } else {
            runner.migrate(database, RevisionVersion.from(target));
        }
    }

    /**
     * The names of the SQL files under a Flyway location ({@code classpath:db/migration/sqlite},
     * {@code filesystem:/path}, or a bare path, which Flyway reads as {@code classpath:}), searched through its
     * subfolders as Flyway does, sorted; empty when the location does not exist. For checking a location before
     * Flyway runs, so that an empty or misspelt one can be reported with what was expected.
     */
    public static List<String> sqlFileNames(String location, ClassLoader classLoader) {
        String flywayLocation = location.startsWith("classpath:") || location.startsWith("filesystem:") ? location
                : "classpath:" + location;
        return HistoryFiles.list(flywayLocation, classLoader).files().keySet().stream()
                .filter(path -> path.endsWith(".sql"))
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .sorted()
                .toList();
    }
}

package dev.stairway.verifier;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.List;
import java.util.Map;

/**
 * Applies Flyway migrations from given locations, for callers that have locations rather than a migration
 * history, such as a test fixture migrating a template database:
 *
 * <pre>{@code
 * FlywayMigrations.migrate(database, List.of("classpath:db/migration/sqlite"), "7");
 * }</pre>
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
}

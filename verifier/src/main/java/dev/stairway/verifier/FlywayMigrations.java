package dev.stairway.verifier;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.QuietFlywayLogs;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.List;
import java.util.Optional;

/**
 * Applies Flyway migrations from given locations, for callers that have locations rather than a migration
 * history, such as a test fixture migrating a template database:
 *
 * <pre>{@code
 * FlywayMigrations.migrate(database, List.of("classpath:db/migration/sqlite"), "7");
 * }</pre>
 *
 * <p>Flyway's INFO lines ("Migrating schema ... to version ...") go to SLF4J at DEBUG under Flyway's logger names, so
 * that a migration nobody watches leaves no trace in a test run's output; Flyway's warnings and errors stay WARN and
 * ERROR. The caller says in one line what was migrated, if it wants to.
 */
public final class FlywayMigrations {

    private FlywayMigrations() {
    }

    /**
     * Applies every pending migration under {@code locations} (Flyway location strings, such as
     * {@code classpath:db/migration/sqlite} or {@code filesystem:/path}) to {@code database}, up to
     * {@code target} (a version such as {@code 7}; {@code null} or {@code latest} for all).
     *
     * @return the version {@code database} is at afterwards: the highest version applied successfully, empty when
     *         none was (only repeatable migrations, say)
     * @throws MigrationFailedException naming the failing file, line, statement and the database's message
     */
    public static Optional<RevisionVersion> migrate(TestDatabase database, List<String> locations, String target) {
        FlywayRunner runner = FlywayRunner.of(locations, QuietFlywayLogs.SETTINGS);
        if (target == null || target.equalsIgnoreCase("latest")) {
            runner.migrateAll(database);
        } else {
            runner.migrate(database, RevisionVersion.from(target));
        }
        return runner.applied(database).stream()
                .filter(row -> row.success() && row.isVersionedMigration())
                .flatMap(row -> row.version().stream())
                .max(RevisionVersion::compareTo);
    }
}

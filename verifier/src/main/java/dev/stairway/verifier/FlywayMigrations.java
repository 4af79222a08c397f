package dev.stairway.verifier;

import dev.stairway.fixtures.TestDatabase;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * PRELIMINARY: applies Flyway migrations from the given locations, up to an optional target version.
 * Being extended into the verifier's Flyway runner; the signature of {@link #migrate} stays.
 */
public final class FlywayMigrations {

    private FlywayMigrations() {
    }

    /**
     * Applies every pending migration under {@code locations} (Flyway location strings, such as
     * {@code classpath:db/migration/sqlite} or {@code filesystem:/path}) to {@code database}, up to
     * {@code target} (a version such as {@code 7}; {@code null} or {@code latest} for all).
     */
    public static void migrate(TestDatabase database, List<String> locations, String target) {
        Flyway.configure()
                .dataSource(database.dataSource())
                .locations(locations.toArray(String[]::new))
                .target(target == null ? "latest" : target)
                .load()
                .migrate();
    }
}

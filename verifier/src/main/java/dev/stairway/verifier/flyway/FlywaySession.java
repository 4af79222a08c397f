package dev.stairway.verifier.flyway;

import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.pattern.ValidatePattern;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * One configured Flyway on one data source, loaded once and called again for each step: Flyway loads its
 * configuration and plugins in about 2 ms, as much as applying a small script costs.
 *
 * <p>Its resource provider hands Flyway, for one call at a time, the {@link HistoryResources#window window} of
 * scripts that call may apply. The up scripts already applied are left out, so Flyway's validation would call
 * them missing: it is off (the walk checks the history table itself after every step), and missing and future
 * migrations are ignored for the same reason.
 */
final class FlywaySession {

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Switch provider;

    private FlywaySession(DataSource dataSource, Flyway flyway, Switch provider) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.provider = provider;
    }

    /** A session on {@code dataSource}, configured as {@code configuration} (which it does not change). */
    static FlywaySession open(FluentConfiguration configuration, DataSource dataSource) {
        Switch provider = new Switch();
        List<ValidatePattern> ignored = new java.util.ArrayList<>(List.of(configuration.getIgnoreMigrationPatterns()));
        ignored.add(ValidatePattern.fromPattern("*:missing"));
        ignored.add(ValidatePattern.fromPattern("*:future"));
        Flyway flyway = Flyway.configure(configuration.getClassLoader())
                .configuration(configuration)
                .dataSource(dataSource)
                .resourceProvider(provider)
                .javaMigrationClassProvider(List::of)
                .ignoreMigrationPatterns(ignored.toArray(ValidatePattern[]::new))
                .validateOnMigrate(false)
                .load();
        return new FlywaySession(dataSource, flyway, provider);
    }

    /** Whether this session runs on {@code dataSource}. */
    boolean runsOn(DataSource other) {
        return dataSource == other;
    }

    /** Applies what {@code window} holds that is pending, as Flyway's {@code migrate} does. */
    synchronized void migrate(ResourceProvider window) {
        provider.current = window;
        try {
            flyway.migrate();
        } finally {
            provider.current = Switch.NOTHING;
        }
    }

    /** The provider Flyway keeps, serving the window of the call under way. */
    private static final class Switch implements ResourceProvider {

        private static final ResourceProvider NOTHING = new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return null;
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return List.of();
            }
        };

        private volatile ResourceProvider current = NOTHING;

        @Override
        public LoadableResource getResource(String name) {
            return current.getResource(name);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return current.getResources(prefix, suffixes);
        }
    }
}

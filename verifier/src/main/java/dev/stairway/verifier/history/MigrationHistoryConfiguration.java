package dev.stairway.verifier.history;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.flyway.FlywaySettings;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to read a {@link MigrationHistory}: configure, then {@link #load()}. Each setting documents its default.
 */
public final class MigrationHistoryConfiguration {

    private String location;
    private Set<Dialect> dialects = EnumSet.allOf(Dialect.class);
    private ClassLoader classLoader;
    private final Map<String, String> flywaySettings = new LinkedHashMap<>();

    MigrationHistoryConfiguration() {
    }

    /**
     * Where the history's root is: {@code classpath:db/migration}, {@code filesystem:/path} or a plain path.
     * Required.
     */
    public MigrationHistoryConfiguration location(String location) {
        this.location = Objects.requireNonNull(location, "location");
        return this;
    }

    /**
     * The dialects to read; default both. A dialect left out needs no folder, and versions are compared only
     * among the dialects read.
     */
    public MigrationHistoryConfiguration dialects(Dialect... dialects) {
        if (dialects.length == 0) {
            throw new IllegalArgumentException("No dialect given: expected at least one of "
                    + Arrays.toString(Dialect.values()));
        }
        this.dialects = EnumSet.copyOf(Arrays.asList(dialects));
        return this;
    }

    /** The class loader for {@code classpath:} locations; default the thread's context class loader. */
    public MigrationHistoryConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    /**
     * A Flyway setting passed through, such as {@code flyway.placeholders.owner} or {@code flyway.table};
     * wins over the same key in {@code flyway.conf}. None by default.
     *
     * @throws IllegalArgumentException for a key not starting with {@code flyway.}, or one Stairway sets itself
     */
    public MigrationHistoryConfiguration flywaySetting(String key, String value) {
        FlywaySettings.check(key).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        flywaySettings.put(key, Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Every entry of {@code settings} as by {@link #flywaySetting(String, String)}. */
    public MigrationHistoryConfiguration flywaySettings(Map<String, String> settings) {
        settings.forEach(this::flywaySetting);
        return this;
    }

    /**
     * Reads the history.
     *
     * @throws InvalidHistoryException listing every problem found, each naming its file
     */
    public MigrationHistory load() {
        if (location == null) {
            throw new IllegalStateException("No location configured: call location(\"classpath:db/migration\")"
                    + " or location(\"/path/to/migrations\") before load()");
        }
        ClassLoader loader = classLoader != null ? classLoader
                : Thread.currentThread().getContextClassLoader() != null
                        ? Thread.currentThread().getContextClassLoader()
                        : MigrationHistory.class.getClassLoader();
        return new HistoryReader(HistoryFiles.list(location, loader), dialects, flywaySettings, loader).read();
    }
}

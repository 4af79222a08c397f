package dev.stairway.junit;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The settings the extension reads, from JUnit configuration parameters, else environment variables.
 *
 * <p>The one seam between JUnit configuration and provisioning: {@link #from(ExtensionContext)} builds the
 * lookup, {@link #databases()} loads what provisions the databases.
 */
// TODO(stairway-settings): replace the parsing below with StairwaySettings.from(lookup) once fixtures has it.
record ExtensionSettings(Set<Dialect> dialects, String postgresqlProvider) {

    private static final Set<String> PROVIDERS = Set.of("auto", "embedded", "testcontainers", "external");

    ExtensionSettings {
        dialects = Collections.unmodifiableSet(EnumSet.copyOf(dialects));
    }

    /** The settings seen from {@code context}: its configuration parameters, else the environment. */
    static ExtensionSettings from(ExtensionContext context) {
        return from(key -> context.getConfigurationParameter(key));
    }

    /** The settings from {@code configuration}, falling back to environment variables such as {@code STAIRWAY_DIALECTS}. */
    static ExtensionSettings from(Function<String, Optional<String>> configuration) {
        Function<String, Optional<Setting>> lookup = key -> configuration.apply(key)
                .map(value -> new Setting(key, value, "JUnit configuration parameter " + key))
                .or(() -> Optional.ofNullable(System.getenv(environmentName(key)))
                        .map(value -> new Setting(key, value, "environment variable " + environmentName(key))));
        Set<Dialect> dialects = lookup.apply(MigratedDatabase.DIALECTS_PROPERTY_NAME)
                .map(ExtensionSettings::dialects)
                .orElse(EnumSet.allOf(Dialect.class));
        String provider = lookup.apply(MigratedDatabase.POSTGRESQL_PROVIDER_PROPERTY_NAME)
                .map(ExtensionSettings::provider)
                .orElse("embedded");
        return new ExtensionSettings(dialects, provider);
    }

    /** Loads what provisions the databases, configured by these settings. */
    Databases databases() {
        return Databases.load();
    }

    private static Set<Dialect> dialects(Setting setting) {
        Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
        for (String id : setting.value().split(",")) {
            if (id.isBlank()) {
                continue;
            }
            try {
                dialects.add(Dialect.from(id));
            } catch (IllegalArgumentException e) {
                throw setting.invalid("unknown dialect '" + id.strip() + "'",
                        Arrays.stream(Dialect.values()).map(Dialect::id).collect(Collectors.joining(", ")));
            }
        }
        if (dialects.isEmpty()) {
            throw setting.invalid("no dialect named",
                    Arrays.stream(Dialect.values()).map(Dialect::id).collect(Collectors.joining(", ")));
        }
        return dialects;
    }

    private static String provider(Setting setting) {
        String provider = setting.value().strip().toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(provider)) {
            throw setting.invalid("unknown PostgreSQL provider '" + setting.value().strip() + "'",
                    "auto, embedded, testcontainers, external");
        }
        return provider;
    }

    private static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private record Setting(String key, String value, String source) {

        ExtensionConfigurationException invalid(String problem, String accepted) {
            return new ExtensionConfigurationException("Stairway setting " + key + " = \"" + value + "\" (from "
                    + source + "): " + problem + "; expected " + (key.equals(MigratedDatabase.DIALECTS_PROPERTY_NAME)
                            ? "a comma-separated list of " : "one of ")
                    + accepted + ". Fix the value in junit-platform.properties, the -D option or the environment.");
        }
    }
}

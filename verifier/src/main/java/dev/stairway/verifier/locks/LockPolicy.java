package dev.stairway.verifier.locks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the walk does with the locks and rewrites it measures on PostgreSQL: the setting {@value #KEY} (environment
 * variable {@code STAIRWAY_LOCKS}, command line option {@code --locks}).
 */
public enum LockPolicy {
    /** Measures nothing: no measuring pass, no verdicts. */
    OFF,
    /** Measures every revision's up and undo; verdicts are notices that do not fail verification. The default. */
    NOTICE,
    /** Measures as {@link #NOTICE} does; verdicts not accepted in the revision's file fail verification. */
    FINDING;

    /** The setting's key: {@value}. */
    public static final String KEY = "stairway.locks";

    /** The environment variable read when the key is not configured: {@value}. */
    public static final String ENVIRONMENT_VARIABLE = "STAIRWAY_LOCKS";

    /**
     * The policy named {@code value}: {@code off}, {@code notice} or {@code finding}, in any case.
     *
     * @throws IllegalArgumentException naming the value, where it came from and the accepted values
     */
    public static LockPolicy from(String value, String source) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(policy -> policy.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown lock policy '" + value + "' in " + source
                        + ": expected one of " + accepted() + ". Fix " + source + "."));
    }

    /**
     * The policy configured under {@value #KEY} in {@code configuration} (JUnit configuration parameters, system
     * properties, ...), else in the environment variable {@value #ENVIRONMENT_VARIABLE}, else {@link #NOTICE}.
     *
     * @throws IllegalArgumentException for a value that names no policy
     */
    public static LockPolicy configured(Function<String, Optional<String>> configuration) {
        return configured(configuration, name -> Optional.ofNullable(System.getenv(name)));
    }

    /** As {@link #configured(Function)}, with the environment looked up through {@code environment}. */
    public static LockPolicy configured(Function<String, Optional<String>> configuration,
            Function<String, Optional<String>> environment) {
        Optional<String> configured = configuration.apply(KEY).filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return from(configured.get(), KEY);
        }
        return environment.apply(ENVIRONMENT_VARIABLE).filter(value -> !value.isBlank())
                .map(value -> from(value, "environment variable " + ENVIRONMENT_VARIABLE)).orElse(NOTICE);
    }

    /** The accepted values as a user types them: {@code off, notice, finding}. */
    public static String accepted() {
        return Arrays.stream(values()).map(LockPolicy::id).collect(Collectors.joining(", "));
    }

    /** The name a user types, such as {@code finding}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

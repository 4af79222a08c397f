package dev.stairway.junit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How long one database lives in a {@link MigratedDatabase @MigratedDatabase} class, per dialect: one per test
 * method, or one per class run shared by its methods. Chosen on the annotation
 * ({@code @MigratedDatabase(isolation = Isolation.CLASS)}) or for the whole run with
 * {@value MigratedDatabase#ISOLATION_PROPERTY_NAME}.
 */
public enum Isolation {
    /** Whatever {@value MigratedDatabase#ISOLATION_PROPERTY_NAME} says, {@link #METHOD} when it says nothing. */
    DEFAULT("default"),
    /**
     * Each test method (each invocation of a parameterized or repeated test) gets a fresh clone of the migrated
     * template, dropped when it ends: no test sees another's rows, in any order or in parallel.
     */
    METHOD("method"),
    /** The methods of one class run on one dialect share one clone, dropped when the run ends. */
    CLASS("class");

    private final String id;

    Isolation(String id) {
        this.id = id;
    }

    /** The lower-case name used in configuration, for example {@code method}. */
    public String id() {
        return id;
    }

    /**
     * The isolation with the given id ({@code method} or {@code class}), ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming what was found and the accepted ids
     */
    static Isolation from(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Isolation isolation : values()) {
            if (isolation != DEFAULT && isolation.id.equals(wanted)) {
                return isolation;
            }
        }
        throw new IllegalArgumentException("Unknown isolation '" + id + "': expected one of "
                + Arrays.stream(values()).filter(i -> i != DEFAULT).map(Isolation::id).collect(Collectors.joining(", "))
                + ".");
    }
}

package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import java.util.Locale;

/** Quoting and comparing table and column names the way each dialect does. */
final class Identifiers {

    private Identifiers() {
    }

    /** {@code name} as a double-quoted SQL identifier, which both dialects accept. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * The key under which a name is compared: SQLite names are case-insensitive, so lower-cased;
     * PostgreSQL names are kept as the catalog spells them.
     */
    static String key(Dialect dialect, String name) {
        return dialect == Dialect.SQLITE ? name.toLowerCase(Locale.ROOT) : name;
    }
}

package dev.stairway.junit.assertions;

import dev.stairway.fixtures.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Compares and lists names the way the assertions' messages do. */
final class Names {

    private Names() {
    }

    /** Whether two names are the same in {@code dialect}: exactly in PostgreSQL, ignoring case in SQLite. */
    static boolean same(Dialect dialect, String one, String other) {
        return dialect == Dialect.SQLITE ? one.equalsIgnoreCase(other) : one.equals(other);
    }

    /** The same names, each as the dialect compares it, for comparing lists. */
    static List<String> folded(Dialect dialect, List<String> names) {
        return dialect == Dialect.SQLITE ? names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList() : names;
    }

    /** {@code tables: chat, user}, or {@code no tables} when there are none. */
    static String listed(String what, List<String> names) {
        return names.isEmpty() ? "no " + what : what + ": " + String.join(", ", names);
    }

    /** {@code (user_id, created_at)}: columns as the messages list them. */
    static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    /** The columns a user named, listed as {@link #columns(List)} does. */
    static String columns(String... columns) {
        return columns(Arrays.asList(columns));
    }
}

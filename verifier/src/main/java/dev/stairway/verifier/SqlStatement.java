package dev.stairway.verifier;

/**
 * One statement of a script, without its terminating {@code ;}, and the line (from 1) where it starts.
 */
record SqlStatement(int line, String sql) {

    /** The first line of the statement, shortened, for error messages. */
    String firstLine() {
        String first = sql.lines().findFirst().orElse("").strip();
        return first.length() > 120 ? first.substring(0, 117) + "..." : first;
    }
}

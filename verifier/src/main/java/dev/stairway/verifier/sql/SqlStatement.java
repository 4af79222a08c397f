package dev.stairway.verifier.sql;

/**
 * One statement of a script, without its terminating {@code ;}, and the line (from 1) where it starts.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param line the line (from 1) of the script where the statement starts
 * @param sql  the statement's text, stripped
 */
public record SqlStatement(int line, String sql) {

    /** The first line of {@code statement}, shortened, for error messages; null for null. */
    public static String firstLine(String statement) {
        return statement == null ? null : new SqlStatement(0, statement.strip()).firstLine();
    }

    /** The first line of the statement, shortened, for error messages. */
    public String firstLine() {
        String first = sql.lines().findFirst().orElse("").strip();
        return first.length() > 120 ? first.substring(0, 117) + "..." : first;
    }
}

package dev.stairway.verifier.sql;

import dev.stairway.fixtures.Dialect;
import java.util.List;

/**
 * One statement of a script, without its terminating {@code ;}, and the line (from 1) where it starts.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param line the line (from 1) of the script where the statement starts
 * @param sql  the statement's text, stripped
 */
public record SqlStatement(int line, String sql) {

    /** The most characters {@link #oneLine()} shows. */
    private static final int SHOWN = 120;

    /**
     * {@code text}, a statement as Flyway read it, without the comments and blank lines it starts with: Flyway keeps
     * them in a statement's text, though the line it gives is the statement's own.
     */
    public static String withoutLeadingComments(String text, Dialect dialect) {
        List<SqlToken> tokens = SqlLexer.tokens(text, dialect);
        return tokens.isEmpty() ? text.strip() : text.substring(tokens.get(0).start()).strip();
    }

    /** {@code statement} on one line, shortened, for error messages; null for null. */
    public static String oneLine(String statement) {
        return statement == null ? null : new SqlStatement(0, statement.strip()).oneLine();
    }

    /**
     * The statement on one line, its runs of whitespace as one space, shortened to {@value #SHOWN} characters: how
     * messages quote a failing statement, such as {@code ALTER TABLE notes ADD COLUMN state varchar(20) NOT NULL}.
     */
    public String oneLine() {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() > SHOWN ? one.substring(0, SHOWN - 3) + "..." : one;
    }

    /** The first line of the statement, shortened, for error messages. */
    public String firstLine() {
        String first = sql.lines().findFirst().orElse("").strip();
        return first.length() > 120 ? first.substring(0, 117) + "..." : first;
    }
}

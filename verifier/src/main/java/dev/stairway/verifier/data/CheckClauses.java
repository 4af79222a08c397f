package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.sql.SqlLexer;
import dev.stairway.verifier.sql.SqlToken;
import dev.stairway.verifier.sql.SqlToken.Kind;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads just enough of a check constraint (with {@link SqlLexer}) to guess values that may pass it: which columns
 * it mentions, its string literals (the labels of {@code status IN ('a', 'b')}) and its numbers. Best effort by
 * design: the database stays the judge of every generated row.
 */
final class CheckClauses {

    private CheckClauses() {
    }

    /** Whether {@code check} names {@code column} (ignoring case) outside its string literals. */
    static boolean mentions(Dialect dialect, String check, String column) {
        for (SqlToken token : SqlLexer.tokens(check, dialect)) {
            if ((token.kind() == Kind.WORD || token.kind() == Kind.QUOTED) && token.value().equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct string literals of {@code checks}, in order of appearance. */
    static List<String> strings(Dialect dialect, List<String> checks) {
        Set<String> strings = new LinkedHashSet<>();
        for (String check : checks) {
            for (SqlToken token : SqlLexer.tokens(check, dialect)) {
                if (token.kind() == Kind.STRING) {
                    strings.add(token.value());
                }
            }
        }
        return List.copyOf(strings);
    }

    /** The distinct numbers of {@code checks} (a leading minus sign included), in order of appearance. */
    static List<BigDecimal> numbers(Dialect dialect, List<String> checks) {
        Set<BigDecimal> numbers = new LinkedHashSet<>();
        for (String check : checks) {
            List<SqlToken> tokens = SqlLexer.tokens(check, dialect);
            for (int i = 0; i < tokens.size(); i++) {
                SqlToken token = tokens.get(i);
                BigDecimal number = token.kind() == Kind.NUMBER ? number(token.text()) : null;
                if (number == null) {
                    continue;
                }
                boolean negative = i > 0 && tokens.get(i - 1).isSymbol("-")
                        && (i == 1 || tokens.get(i - 2).kind() == Kind.SYMBOL && !tokens.get(i - 2).isSymbol(")"));
                numbers.add(negative ? number.negate() : number);
            }
        }
        return List.copyOf(numbers);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

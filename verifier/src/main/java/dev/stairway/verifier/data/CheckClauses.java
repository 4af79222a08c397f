package dev.stairway.verifier.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads just enough of a check constraint to guess values that may pass it: which columns it
 * mentions, its string literals (the labels of {@code status IN ('a', 'b')}) and its numbers.
 * Best effort by design: the database stays the judge of every generated row.
 */
final class CheckClauses {

    private CheckClauses() {
    }

    private enum Kind { WORD, QUOTED_WORD, STRING, NUMBER, SYMBOL }

    private record Token(Kind kind, String text, int start, int end) {
    }

    /** The bodies of every {@code CHECK (...)} in a SQLite {@code CREATE TABLE} statement, in order. */
    static List<String> fromCreateTable(String sql) {
        List<String> checks = new ArrayList<>();
        if (sql == null) {
            return checks;
        }
        List<Token> tokens = tokens(sql);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.WORD && token.text().equalsIgnoreCase("check")
                    && tokens.get(i + 1).text().equals("(")) {
                int depth = 0;
                for (int j = i + 1; j < tokens.size(); j++) {
                    String text = tokens.get(j).text();
                    if (tokens.get(j).kind() == Kind.SYMBOL && text.equals("(")) {
                        depth++;
                    } else if (tokens.get(j).kind() == Kind.SYMBOL && text.equals(")") && --depth == 0) {
                        checks.add(sql.substring(tokens.get(i + 1).end(), tokens.get(j).start()).strip());
                        i = j;
                        break;
                    }
                }
            }
        }
        return checks;
    }

    /** Whether {@code check} names {@code column} (ignoring case) outside its string literals. */
    static boolean mentions(String check, String column) {
        for (Token token : tokens(check)) {
            if ((token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_WORD)
                    && token.text().equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct string literals of {@code checks}, in order of appearance. */
    static List<String> strings(List<String> checks) {
        Set<String> strings = new LinkedHashSet<>();
        for (String check : checks) {
            for (Token token : tokens(check)) {
                if (token.kind() == Kind.STRING) {
                    strings.add(token.text());
                }
            }
        }
        return List.copyOf(strings);
    }

    /** The distinct numbers of {@code checks} (a leading minus sign included), in order of appearance. */
    static List<BigDecimal> numbers(List<String> checks) {
        Set<BigDecimal> numbers = new LinkedHashSet<>();
        for (String check : checks) {
            List<Token> tokens = tokens(check);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.kind() != Kind.NUMBER) {
                    continue;
                }
                BigDecimal number = new BigDecimal(token.text());
                boolean negative = i > 0 && tokens.get(i - 1).text().equals("-")
                        && (i == 1 || tokens.get(i - 2).kind() == Kind.SYMBOL && !tokens.get(i - 2).text().equals(")"));
                numbers.add(negative ? number.negate() : number);
            }
        }
        return List.copyOf(numbers);
    }

    private static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[' && bracketQuotes(sql, i, tokens)) {
                char close = c == '[' ? ']' : c;
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < length) {
                    char d = sql.charAt(j);
                    if (d == close && j + 1 < length && sql.charAt(j + 1) == close && close != ']') {
                        text.append(d);
                        j += 2;
                    } else if (d == close) {
                        break;
                    } else {
                        text.append(d);
                        j++;
                    }
                }
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED_WORD, text.toString(), i,
                        Math.min(j + 1, length)));
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < length && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                        || sql.charAt(j) == '$')) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, j), i, j));
                i = j;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1))) {
                int j = i;
                while (j < length && (Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
                    j++;
                }
                String text = sql.substring(i, j);
                tokens.add(new Token(isNumber(text) ? Kind.NUMBER : Kind.SYMBOL, text, i, j));
                i = j;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /**
     * Whether the {@code [} at {@code index} opens a SQLite {@code [name]} rather than a PostgreSQL
     * array ({@code ARRAY['a', 'b']}) or subscript ({@code tags[1]}).
     */
    private static boolean bracketQuotes(String sql, int index, List<Token> before) {
        if (index > 0 && !Character.isWhitespace(sql.charAt(index - 1)) && sql.charAt(index - 1) != '('
                && sql.charAt(index - 1) != ',') {
            return false;
        }
        return before.isEmpty() || !before.get(before.size() - 1).text().equalsIgnoreCase("array");
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

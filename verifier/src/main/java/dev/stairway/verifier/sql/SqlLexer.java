package dev.stairway.verifier.sql;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Stairway's one SQL lexer: reads SQL text into tokens the way the database itself reads it, skipping
 * whitespace and comments. {@code --} comments run to the end of the line, {@code /* *}{@code /} comments nest
 * in PostgreSQL; strings are single-quoted with {@code ''} escapes (PostgreSQL also {@code E'...'} with backslash
 * escapes and dollar quotes {@code $$...$$}, {@code $tag$...$tag$}); names are double-quoted (SQLite also
 * {@code `name`} and {@code [name]}). An unterminated string, name or comment runs to the end of the text.
 *
 * <p>Used to split scripts into statements, to read CHECK expressions and SQLite's stored CREATE statements.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class SqlLexer {

    private static final List<String> OPERATORS = List.of("->>", "->", "||", "<=", ">=", "<>", "!=", "==", "<<",
            ">>", "::");

    private final String text;
    private final boolean postgresql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int position;
    private int line = 1;

    private SqlLexer(String text, Dialect dialect) {
        this.text = text;
        this.postgresql = dialect == Dialect.POSTGRESQL;
    }

    /** The tokens of {@code sql} as {@code dialect} reads it; empty for null or blank text. */
    public static List<SqlToken> tokens(String sql, Dialect dialect) {
        return sql == null ? List.of() : new SqlLexer(sql, dialect).run();
    }

    private List<SqlToken> run() {
        while (position < text.length()) {
            char c = text.charAt(position);
            char next = position + 1 < text.length() ? text.charAt(position + 1) : '\0';
            int start = position;
            int startLine = line;
            if (c == '-' && next == '-') {
                while (position < text.length() && text.charAt(position) != '\n') {
                    position++;
                }
                continue;
            } else if (c == '/' && next == '*') {
                skipBlockComment();
                continue;
            } else if (Character.isWhitespace(c)) {
                advance();
                continue;
            }
            Kind kind;
            if (c == '\'') {
                skipQuoted('\'', false);
                kind = Kind.STRING;
            } else if (c == '"' || !postgresql && c == '`') {
                skipQuoted(c, false);
                kind = Kind.QUOTED;
            } else if (!postgresql && c == '[') {
                skipPast(']');
                kind = Kind.QUOTED;
            } else if (postgresql && c == '$' && dollarTag() != null) {
                skipDollarQuoted(dollarTag());
                kind = Kind.STRING;
            } else if (postgresql && (c == 'E' || c == 'e') && next == '\'' && !afterWordPart()) {
                advance();
                skipQuoted('\'', true);
                kind = Kind.STRING;
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next)) {
                number();
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                while (position < text.length() && isWordPart(text.charAt(position))) {
                    position++;
                }
                kind = Kind.WORD;
            } else if (c == '$' && Character.isDigit(next)) {
                position++;
                while (position < text.length() && Character.isDigit(text.charAt(position))) {
                    position++;
                }
                kind = Kind.SYMBOL;
            } else {
                int at = position;
                String operator = OPERATORS.stream().filter(o -> text.startsWith(o, at)).findFirst()
                        .orElse(String.valueOf(c));
                position += operator.length();
                kind = Kind.SYMBOL;
            }
            tokens.add(new SqlToken(kind, text.substring(start, position), start, position, startLine));
        }
        return List.copyOf(tokens);
    }

    private void advance() {
        if (text.charAt(position) == '\n') {
            line++;
        }
        position++;
    }

    private void skipBlockComment() {
        int depth = 0;
        while (position < text.length()) {
            if (text.startsWith("/*", position)) {
                depth++;
                position += 2;
            } else if (text.startsWith("*/", position)) {
                depth--;
                position += 2;
                if (depth == 0 || !postgresql) {
                    return;
                }
            } else {
                advance();
            }
        }
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        advance();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (backslashEscapes && c == '\\') {
                advance();
                if (position < text.length()) {
                    advance();
                }
            } else if (c == quote) {
                advance();
                if (position < text.length() && text.charAt(position) == quote) {
                    advance();
                } else {
                    return;
                }
            } else {
                advance();
            }
        }
    }

    private void skipPast(char end) {
        while (position < text.length() && text.charAt(position) != end) {
            advance();
        }
        if (position < text.length()) {
            advance();
        }
    }

    /** The dollar-quote opening at the current position ({@code $$} or {@code $tag$}), or null. */
    private String dollarTag() {
        if (afterWordPart()) {
            return null;
        }
        int end = position + 1;
        while (end < text.length() && isWordPart(text.charAt(end)) && text.charAt(end) != '$') {
            end++;
        }
        if (end >= text.length() || text.charAt(end) != '$') {
            return null;
        }
        if (end > position + 1 && Character.isDigit(text.charAt(position + 1))) {
            return null;
        }
        return text.substring(position, end + 1);
    }

    private boolean afterWordPart() {
        return position > 0 && isWordPart(text.charAt(position - 1));
    }

    private void skipDollarQuoted(String tag) {
        int close = text.indexOf(tag, position + tag.length());
        int end = close < 0 ? text.length() : close + tag.length();
        while (position < end) {
            advance();
        }
    }

    private void number() {
        boolean hex = text.startsWith("0x", position) || text.startsWith("0X", position);
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            boolean exponentSign = !hex && (c == '+' || c == '-')
                    && Character.toLowerCase(text.charAt(position - 1)) == 'e';
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
                position++;
            } else {
                return;
            }
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

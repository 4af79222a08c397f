package dev.stairway.verifier.sql;

import dev.stairway.fixtures.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements the way the database itself reads it: {@code ;} ends a statement
 * except inside {@code --} and {@code /* *}{@code /} comments (nested in PostgreSQL), single-quoted strings
 * ({@code ''} escapes, and backslash escapes in PostgreSQL {@code E'...'}), double-quoted identifiers
 * (and {@code `...`} and {@code [...]} in SQLite), PostgreSQL dollar quotes ({@code $$} and {@code $tag$}),
 * PostgreSQL {@code BEGIN ATOMIC ... END} bodies and SQLite {@code CREATE TRIGGER ... BEGIN ... END} bodies.
 * Parts holding only whitespace and comments are no statement.
 *
 * <p>Engine: not part of Stairway's API; public for the history reader and the undo runner.
 */
public final class SqlSplitter {

    private final String text;
    private final boolean postgresql;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int position;
    private int line = 1;

    private int start = -1;
    private int startLine;
    private final List<String> leadingWords = new ArrayList<>();
    private String previousWord = "";
    private boolean inBody;
    private boolean bodyEnded;
    private int caseDepth;

    private SqlSplitter(String text, Dialect dialect) {
        this.text = text;
        this.postgresql = dialect == Dialect.POSTGRESQL;
    }

    /** The statements of {@code script} in order; empty when it holds only whitespace and comments. */
    public static List<SqlStatement> split(String script, Dialect dialect) {
        return new SqlSplitter(script, dialect).run();
    }

    private List<SqlStatement> run() {
        while (position < text.length()) {
            char c = text.charAt(position);
            char next = position + 1 < text.length() ? text.charAt(position + 1) : '\0';
            if (c == '-' && next == '-') {
                skipLineComment();
            } else if (c == '/' && next == '*') {
                skipBlockComment();
            } else if (c == ';') {
                terminator();
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                markCode();
                if (c == '\'') {
                    skipQuoted('\'', false);
                } else if (c == '"') {
                    skipQuoted('"', false);
                } else if (!postgresql && c == '`') {
                    skipQuoted('`', false);
                } else if (!postgresql && c == '[') {
                    skipUntil(']');
                } else if (postgresql && c == '$' && dollarTag() != null) {
                    skipDollarQuoted(dollarTag());
                } else if (Character.isLetter(c) || c == '_') {
                    word();
                } else {
                    advance();
                }
            }
        }
        finish(text.length());
        return List.copyOf(statements);
    }

    private void advance() {
        if (text.charAt(position) == '\n') {
            line++;
        }
        position++;
    }

    private void markCode() {
        if (start < 0) {
            start = position;
            startLine = line;
        }
    }

    private void skipLineComment() {
        while (position < text.length() && text.charAt(position) != '\n') {
            position++;
        }
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

    private void skipUntil(char end) {
        while (position < text.length() && text.charAt(position) != end) {
            advance();
        }
        if (position < text.length()) {
            advance();
        }
    }

    /** The dollar-quote opening at the current position ({@code $$} or {@code $tag$}), or null. */
    private String dollarTag() {
        if (position > 0 && isWordPart(text.charAt(position - 1))) {
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

    private void skipDollarQuoted(String tag) {
        int close = text.indexOf(tag, position + tag.length());
        int end = close < 0 ? text.length() : close + tag.length();
        while (position < end) {
            advance();
        }
    }

    private void word() {
        int begin = position;
        while (position < text.length() && isWordPart(text.charAt(position))) {
            position++;
        }
        String word = text.substring(begin, position).toUpperCase(Locale.ROOT);
        if (postgresql && word.equals("E") && position < text.length() && text.charAt(position) == '\'') {
            skipQuoted('\'', true);
            return;
        }
        if (leadingWords.size() < 4) {
            leadingWords.add(word);
        }
        if (inBody) {
            if (word.equals("CASE")) {
                caseDepth++;
            } else if (word.equals("END")) {
                if (caseDepth > 0) {
                    caseDepth--;
                } else {
                    bodyEnded = true;
                }
            }
        } else if (opensBody(word)) {
            inBody = true;
        }
        previousWord = word;
    }

    private boolean opensBody(String word) {
        if (postgresql) {
            return word.equals("ATOMIC") && previousWord.equals("BEGIN");
        }
        return word.equals("BEGIN") && isSqliteTrigger();
    }

    private boolean isSqliteTrigger() {
        if (leadingWords.size() < 2 || !leadingWords.get(0).equals("CREATE")) {
            return false;
        }
        String second = leadingWords.get(1);
        if (second.equals("TEMP") || second.equals("TEMPORARY")) {
            return leadingWords.size() > 2 && leadingWords.get(2).equals("TRIGGER");
        }
        return second.equals("TRIGGER");
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void terminator() {
        if (inBody && !bodyEnded) {
            markCode();
            advance();
            return;
        }
        finish(position);
        advance();
    }

    private void finish(int end) {
        if (start >= 0) {
            statements.add(new SqlStatement(startLine, text.substring(start, end).strip()));
        }
        start = -1;
        leadingWords.clear();
        previousWord = "";
        inBody = false;
        bodyEnded = false;
        caseDepth = 0;
    }
}

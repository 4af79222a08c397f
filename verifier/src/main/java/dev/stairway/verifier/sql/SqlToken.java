package dev.stairway.verifier.sql;

import java.util.Locale;

/**
 * One token of SQL text, as {@link SqlLexer} reads it.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param kind  what the token is
 * @param text  the token's source text, quotes included
 * @param start where it starts in the text (offset of its first character)
 * @param end   where it ends (offset after its last character)
 * @param line  the line (from 1) it starts on
 */
public record SqlToken(Kind kind, String text, int start, int end, int line) {

    /** The kinds of token. */
    public enum Kind {
        /** A bare word: a keyword or an unquoted name, such as {@code CREATE} or {@code chat_id}. */
        WORD,
        /** A quoted name: {@code "name"}, and in SQLite {@code `name`} or {@code [name]}. */
        QUOTED,
        /** A string literal: {@code 'text'}, in PostgreSQL also {@code E'text'} and {@code $tag$text$tag$}. */
        STRING,
        /** A number, such as {@code 42}, {@code 1.5} or {@code 1e3}. */
        NUMBER,
        /** Anything else: punctuation and operators, such as {@code (}, {@code ;}, {@code ::} or {@code <=}. */
        SYMBOL
    }

    /** Whether this is the bare word {@code word}, ignoring case. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this is the symbol {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this token names something: a bare word, a quoted name, or a string (SQLite accepts those as names). */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
    }

    /**
     * What the token stands for: a string's or a quoted name's content without its quotes and with doubled quotes
     * (or, for {@code E'...'}, backslash escapes of quotes and backslashes) undone; the text itself otherwise.
     */
    public String value() {
        return switch (kind) {
            case STRING -> stringValue();
            case QUOTED -> {
                char open = text.charAt(0);
                char close = open == '[' ? ']' : open;
                String inner = text.substring(1, text.length() - (text.length() > 1 && text.endsWith(String.valueOf(close)) ? 1 : 0));
                yield open == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
            }
            default -> text;
        };
    }

    private String stringValue() {
        if (text.startsWith("$")) {
            int tagEnd = text.indexOf('$', 1) + 1;
            String tag = text.substring(0, tagEnd);
            int close = text.length() - (text.length() >= 2 * tag.length() && text.endsWith(tag) ? tag.length() : 0);
            return text.substring(tagEnd, Math.max(tagEnd, close));
        }
        boolean escapes = Character.toUpperCase(text.charAt(0)) == 'E';
        int open = escapes ? 2 : 1;
        int close = text.length() > open && text.endsWith("'") ? text.length() - 1 : text.length();
        String inner = text.substring(open, Math.max(open, close));
        if (!escapes) {
            return inner.replace("''", "'");
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                value.append(inner.charAt(++i));
            } else if (c == '\'' && i + 1 < inner.length() && inner.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** The word in upper case, for comparing keywords; the text for other tokens. */
    public String upper() {
        return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : text;
    }
}

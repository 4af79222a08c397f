package dev.stairway.verifier.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A small SQLite tokenizer, enough to take CREATE TABLE and CREATE INDEX statements apart and to print
 * expressions in one normal form: blanks collapsed, comments dropped, quotes dropped around plain names,
 * bare words in lower case, string literals untouched.
 */
final class SqliteSql {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final List<String> OPERATORS = List.of("->>", "->", "||", "<=", ">=", "<>", "!=", "==", "<<",
            ">>");

    /** Words after which a parenthesis opens a group, not a function call's arguments. */
    private static final java.util.Set<String> KEYWORDS_BEFORE_PARENTHESIS = java.util.Set.of("and", "or", "not", "in",
            "as", "on", "where", "select", "from", "values", "exists", "when", "then", "else", "using", "check", "key",
            "references", "table", "index", "is", "between", "like", "glob", "join", "by", "returning", "default",
            "with", "union", "all", "except", "intersect", "set", "case", "end", "do", "into", "begin", "over",
            "filter", "unique", "primary", "foreign", "constraint", "view", "trigger", "collate", "having", "limit");

    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** One token; {@code text} is the unquoted name for {@link Kind#QUOTED}, the source text otherwise. */
    record Token(Kind kind, String text) {

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
        }

        /** The name this token stands for: unquoted, as declared. */
        String name() {
            if (kind == Kind.STRING) {
                return text.substring(1, text.length() - 1).replace("''", "'");
            }
            return text;
        }

        String normal() {
            return switch (kind) {
                case WORD -> text.toLowerCase(Locale.ROOT);
                case QUOTED -> PLAIN_NAME.matcher(text).matches() ? text.toLowerCase(Locale.ROOT)
                        : '"' + text.replace("\"", "\"\"") + '"';
                default -> text;
            };
        }
    }

    private SqliteSql() {
    }

    static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '\'') {
                int end = closing(sql, i, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = closing(sql, i, c);
                String doubled = String.valueOf(c) + c;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i + 1, end - 1).replace(doubled, String.valueOf(c))));
                i = end;
            } else if (c == '[') {
                int end = sql.indexOf(']', i);
                end = end < 0 ? length : end;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i + 1, end)));
                i = Math.min(length, end + 1);
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1)))) {
                int end = i + 1;
                while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.'
                        || ((sql.charAt(end) == '+' || sql.charAt(end) == '-')
                                && Character.toLowerCase(sql.charAt(end - 1)) == 'e'))) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end)));
                i = end;
            } else {
                int at = i;
                String operator = OPERATORS.stream().filter(o -> sql.startsWith(o, at)).findFirst()
                        .orElse(String.valueOf(c));
                tokens.add(new Token(Kind.SYMBOL, operator));
                i += operator.length();
            }
        }
        return tokens;
    }

    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** Normalised text of a whole statement or expression. */
    static String normal(String sql) {
        return sql == null ? null : normal(tokens(sql));
    }

    /** Prints tokens with single blanks, none inside parentheses, before commas or around dots. */
    static String normal(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).isSymbol(";")) {
            end--;
        }
        for (Token token : tokens.subList(0, end)) {
            boolean call = token.isSymbol("(") && previous != null
                    && (previous.kind() == Kind.QUOTED || previous.kind() == Kind.WORD
                            && !KEYWORDS_BEFORE_PARENTHESIS.contains(previous.text().toLowerCase(Locale.ROOT)));
            boolean tight = previous == null || previous.isSymbol("(") || previous.isSymbol(".") || call
                    || token.isSymbol(")") || token.isSymbol(",") || token.isSymbol(".") || token.isSymbol(";");
            if (!tight) {
                text.append(' ');
            }
            text.append(token.normal());
            previous = token;
        }
        return text.toString();
    }

    /** A declared type: normalised, upper case. */
    static String type(String declared) {
        return declared == null ? "" : normal(declared).toUpperCase(Locale.ROOT).replace(" (", "(");
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    /** Splits {@code tokens[from, to)} at commas outside parentheses. */
    static List<List<Token>> splitAtCommas(List<Token> tokens, int from, int to) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (token.isSymbol(",") && depth == 0) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(tokens.subList(start, to));
        }
        return parts;
    }

    static int firstSymbol(List<Token> tokens, String symbol, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /** What a CREATE TABLE statement declares beyond what the pragmas tell. */
    record TableParts(List<Check> checks, java.util.Map<String, String> generated, java.util.Set<String> autoincrement) {
    }

    /** Reads checks, generation expressions and AUTOINCREMENT columns (names lower case) from CREATE TABLE. */
    static TableParts table(String createTable) {
        List<Check> checks = new ArrayList<>();
        java.util.Map<String, String> generated = new java.util.HashMap<>();
        java.util.Set<String> autoincrement = new java.util.HashSet<>();
        List<Token> tokens = tokens(createTable == null ? "" : createTable);
        int open = firstSymbol(tokens, "(", 0);
        if (open < 0) {
            return new TableParts(checks, generated, autoincrement);
        }
        int close = matching(tokens, open);
        for (List<Token> definition : splitAtCommas(tokens, open + 1, close)) {
            if (definition.isEmpty()) {
                continue;
            }
            Token first = definition.get(0);
            boolean tableConstraint = first.isWord("constraint") || first.isWord("primary") || first.isWord("unique")
                    || first.isWord("check") || first.isWord("foreign");
            String column = tableConstraint ? null : first.name().toLowerCase(Locale.ROOT);
            String pendingName = null;
            for (int i = tableConstraint ? 0 : 1; i < definition.size(); i++) {
                Token token = definition.get(i);
                if (token.isSymbol("(")) {
                    i = matching(definition, i);
                } else if (token.isWord("constraint") && i + 1 < definition.size()) {
                    pendingName = definition.get(i + 1).name();
                    i++;
                } else if (token.isWord("check") && i + 1 < definition.size() && definition.get(i + 1).isSymbol("(")) {
                    int end = matching(definition, i + 1);
                    checks.add(new Check(pendingName, normal(definition.subList(i + 2, Math.min(end, definition.size())))));
                    pendingName = null;
                    i = end;
                } else if (token.isWord("as") && column != null && i + 1 < definition.size()
                        && definition.get(i + 1).isSymbol("(")) {
                    int end = matching(definition, i + 1);
                    String expression = normal(definition.subList(i + 1, Math.min(end + 1, definition.size())));
                    boolean stored = end + 1 < definition.size() && definition.get(end + 1).isWord("stored");
                    generated.put(column, (stored ? "stored " : "virtual ") + expression);
                    i = end;
                } else if (token.isWord("autoincrement") && column != null) {
                    autoincrement.add(column);
                } else if (token.kind() == Kind.WORD) {
                    pendingName = null;
                }
            }
        }
        return new TableParts(checks, generated, autoincrement);
    }

    /** What a CREATE INDEX statement declares: its key items (order kept) and predicate. */
    record IndexParts(List<String> items, String predicate) {
    }

    /** Reads the key items (without ASC/DESC) and the WHERE predicate from CREATE INDEX. */
    static IndexParts index(String createIndex) {
        List<Token> tokens = tokens(createIndex == null ? "" : createIndex);
        int on = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("on")) {
                on = i;
                break;
            }
        }
        int open = on < 0 ? -1 : firstSymbol(tokens, "(", on);
        if (open < 0) {
            return new IndexParts(List.of(), null);
        }
        int close = matching(tokens, open);
        List<String> items = new ArrayList<>();
        for (List<Token> item : splitAtCommas(tokens, open + 1, close)) {
            int end = item.size();
            if (end > 0 && (item.get(end - 1).isWord("asc") || item.get(end - 1).isWord("desc"))) {
                end--;
            }
            items.add(normal(item.subList(0, end)));
        }
        String predicate = null;
        if (close + 1 < tokens.size() && tokens.get(close + 1).isWord("where")) {
            predicate = normal(tokens.subList(close + 2, tokens.size()));
        }
        return new IndexParts(items, predicate);
    }
}

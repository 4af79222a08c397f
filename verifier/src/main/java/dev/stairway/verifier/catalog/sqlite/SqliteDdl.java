package dev.stairway.verifier.catalog.sqlite;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.schema.Check;
import dev.stairway.verifier.sql.SqlLexer;
import dev.stairway.verifier.sql.SqlToken;
import dev.stairway.verifier.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads SQLite's stored CREATE TABLE and CREATE INDEX statements (from {@link SqlLexer}'s tokens) for what the
 * pragmas do not tell, and prints expressions in one normal form: blanks collapsed, comments dropped, quotes
 * dropped around plain names, bare words in lower case, string literals untouched.
 */
final class SqliteDdl {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Words after which a parenthesis opens a group, not a function call's arguments. */
    private static final Set<String> KEYWORDS_BEFORE_PARENTHESIS = Set.of("and", "or", "not", "in",
            "as", "on", "where", "select", "from", "values", "exists", "when", "then", "else", "using", "check", "key",
            "references", "table", "index", "is", "between", "like", "glob", "join", "by", "returning", "default",
            "with", "union", "all", "except", "intersect", "set", "case", "end", "do", "into", "begin", "over",
            "filter", "unique", "primary", "foreign", "constraint", "view", "trigger", "collate", "having", "limit");

    private SqliteDdl() {
    }

    static List<SqlToken> tokens(String sql) {
        return SqlLexer.tokens(sql, Dialect.SQLITE);
    }

    /** The name a token stands for: unquoted, as declared. */
    private static String name(SqlToken token) {
        return token.value();
    }

    /** The token as the normal form prints it. */
    private static String normal(SqlToken token) {
        return switch (token.kind()) {
            case WORD -> token.text().toLowerCase(Locale.ROOT);
            case QUOTED -> PLAIN_NAME.matcher(token.value()).matches() ? token.value().toLowerCase(Locale.ROOT)
                    : '"' + token.value().replace("\"", "\"\"") + '"';
            default -> token.text();
        };
    }

    /** Normalised text of a whole statement or expression. */
    static String normal(String sql) {
        return sql == null ? null : normal(tokens(sql));
    }

    /** Prints tokens with single blanks, none inside parentheses, before commas or around dots. */
    static String normal(List<SqlToken> tokens) {
        StringBuilder text = new StringBuilder();
        SqlToken previous = null;
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).isSymbol(";")) {
            end--;
        }
        for (SqlToken token : tokens.subList(0, end)) {
            boolean call = token.isSymbol("(") && previous != null
                    && (previous.kind() == Kind.QUOTED || previous.kind() == Kind.WORD
                            && !KEYWORDS_BEFORE_PARENTHESIS.contains(previous.text().toLowerCase(Locale.ROOT)));
            boolean tight = previous == null || previous.isSymbol("(") || previous.isSymbol(".") || call
                    || token.isSymbol(")") || token.isSymbol(",") || token.isSymbol(".") || token.isSymbol(";");
            if (!tight) {
                text.append(' ');
            }
            text.append(normal(token));
            previous = token;
        }
        return text.toString();
    }

    /** SQLite's date and time functions, which read the clock when given {@code 'now'} or no time value. */
    private static final Set<String> CLOCK_FUNCTIONS = Set.of("date", "time", "datetime", "julianday", "unixepoch",
            "strftime");

    /**
     * Whether a column default gives a new value on each insert: it reads the clock ({@code CURRENT_TIMESTAMP},
     * {@code CURRENT_DATE}, {@code CURRENT_TIME}, a date function of {@code 'now'} or of no time value, such as
     * {@code datetime('now')} or {@code strftime('%s', 'now')}) or calls {@code random()} or {@code randomblob()}.
     */
    static boolean volatileDefault(String expression) {
        List<SqlToken> tokens = tokens(expression);
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                continue;
            }
            String word = token.text().toLowerCase(Locale.ROOT);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("(");
            if (word.equals("current_timestamp") || word.equals("current_date") || word.equals("current_time")
                    || call && (word.equals("random") || word.equals("randomblob"))
                    || call && CLOCK_FUNCTIONS.contains(word) && readsClock(word, tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date function called with the arguments opening at {@code open} reads the clock. */
    private static boolean readsClock(String function, List<SqlToken> tokens, int open) {
        int close = matching(tokens, open);
        List<List<SqlToken>> arguments = splitAtCommas(tokens, open + 1, Math.min(close, tokens.size()));
        int timeValues = function.equals("strftime") ? arguments.size() - 1 : arguments.size();
        return timeValues <= 0 || arguments.stream().anyMatch(argument -> argument.size() == 1
                && argument.get(0).kind() == Kind.STRING && argument.get(0).value().equalsIgnoreCase("now"));
    }

    /** A declared type: normalised, upper case. */
    static String type(String declared) {
        return declared == null ? "" : normal(declared).toUpperCase(Locale.ROOT).replace(" (", "(");
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    static int matching(List<SqlToken> tokens, int open) {
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
    static List<List<SqlToken>> splitAtCommas(List<SqlToken> tokens, int from, int to) {
        List<List<SqlToken>> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            SqlToken token = tokens.get(i);
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

    static int firstSymbol(List<SqlToken> tokens, String symbol, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a CREATE TABLE statement declares beyond what the pragmas tell: checks, generation expressions and
     * AUTOINCREMENT columns (names lower case), and whether rows have a rowid (not a virtual table, not
     * {@code WITHOUT ROWID}), which makes an {@code INTEGER PRIMARY KEY} an alias of it.
     */
    record TableParts(List<Check> checks, Map<String, String> generated, Set<String> autoincrement, boolean rowid) {
    }

    /** Reads what {@link TableParts} holds from a CREATE TABLE statement. */
    static TableParts table(String createTable) {
        List<Check> checks = new ArrayList<>();
        Map<String, String> generated = new HashMap<>();
        Set<String> autoincrement = new HashSet<>();
        List<SqlToken> tokens = tokens(createTable == null ? "" : createTable);
        int open = firstSymbol(tokens, "(", 0);
        boolean virtual = tokens.size() > 1 && tokens.get(1).isWord("virtual");
        if (open < 0) {
            return new TableParts(checks, generated, autoincrement, !virtual);
        }
        int close = matching(tokens, open);
        boolean withoutRowid = false;
        for (int i = close + 1; i + 1 < tokens.size(); i++) {
            withoutRowid |= tokens.get(i).isWord("without") && tokens.get(i + 1).isWord("rowid");
        }
        for (List<SqlToken> definition : splitAtCommas(tokens, open + 1, close)) {
            if (definition.isEmpty()) {
                continue;
            }
            SqlToken first = definition.get(0);
            boolean tableConstraint = first.isWord("constraint") || first.isWord("primary") || first.isWord("unique")
                    || first.isWord("check") || first.isWord("foreign");
            String column = tableConstraint ? null : name(first).toLowerCase(Locale.ROOT);
            String pendingName = null;
            for (int i = tableConstraint ? 0 : 1; i < definition.size(); i++) {
                SqlToken token = definition.get(i);
                if (token.isSymbol("(")) {
                    i = matching(definition, i);
                } else if (token.isWord("constraint") && i + 1 < definition.size()) {
                    pendingName = name(definition.get(i + 1));
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
        return new TableParts(checks, generated, autoincrement, !virtual && !withoutRowid);
    }

    /** What a CREATE INDEX statement declares: its key items (order kept) and predicate. */
    record IndexParts(List<String> items, String predicate) {
    }

    /** Reads the key items (without ASC/DESC) and the WHERE predicate from CREATE INDEX. */
    static IndexParts index(String createIndex) {
        List<SqlToken> tokens = tokens(createIndex == null ? "" : createIndex);
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
        for (List<SqlToken> item : splitAtCommas(tokens, open + 1, close)) {
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

package dev.stairway.verifier.sql;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which columns a script writes, and with which expression: the assignments of its {@code UPDATE ... SET} and the
 * values of its {@code INSERT INTO t (columns) VALUES (...)} or {@code ... SELECT ...} statements, read with the one
 * lexer. For telling columns the script fills from the clock or from random numbers. Best effort: statements it
 * cannot read (an {@code INSERT} without a column list, a {@code WITH} before the statement) are left out.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class ColumnWrites {

    /** Words that end the SET list of an UPDATE, or the select list of an INSERT ... SELECT. */
    private static final Set<String> ENDS = Set.of("WHERE", "FROM", "RETURNING", "ON", "ORDER", "LIMIT", "GROUP",
            "UNION", "EXCEPT", "INTERSECT");

    /**
     * One column a script writes.
     *
     * @param table      the table as written, unquoted, such as {@code threads} or {@code audit.log}
     * @param column     the column, unquoted
     * @param expression the expression whose value it gets, as written
     */
    public record Write(String table, String column, String expression) {
    }

    private ColumnWrites() {
    }

    /**
     * The tables {@code script} inserts into ({@code INSERT [OR ...] INTO t}, {@code REPLACE INTO t}), as the
     * database names them: unquoted PostgreSQL names in lower case, as PostgreSQL folds them.
     */
    public static Set<String> insertedInto(String script, Dialect dialect) {
        Set<String> tables = new TreeSet<>();
        for (SqlStatement statement : SqlSplitter.split(script, dialect)) {
            List<SqlToken> tokens = SqlLexer.tokens(statement.sql(), dialect);
            if (!isInsert(tokens)) {
                continue;
            }
            StringBuilder table = new StringBuilder();
            name(tokens, next(tokens, 1, "into") + 1, table, part -> dialect == Dialect.POSTGRESQL
                    && part.kind() == Kind.WORD ? part.text().toLowerCase(Locale.ROOT) : part.value());
            if (table.length() > 0) {
                tables.add(table.toString().startsWith("public.") ? table.substring("public.".length())
                        : table.toString());
            }
        }
        return tables;
    }

    /**
     * The columns {@code script}, in {@code dialect}, updates ({@code UPDATE t SET c = ...}): values of existing rows
     * it changes, unlike the rows an {@code INSERT} adds.
     */
    public static List<Write> updates(String script, Dialect dialect) {
        List<Write> writes = new ArrayList<>();
        for (SqlStatement statement : SqlSplitter.split(script, dialect)) {
            List<SqlToken> tokens = SqlLexer.tokens(statement.sql(), dialect);
            if (!tokens.isEmpty() && tokens.get(0).isWord("update")) {
                update(statement.sql(), tokens, writes);
            }
        }
        return writes;
    }

    /** The columns {@code script}, in {@code dialect}, writes. */
    public static List<Write> of(String script, Dialect dialect) {
        List<Write> writes = new ArrayList<>();
        for (SqlStatement statement : SqlSplitter.split(script, dialect)) {
            List<SqlToken> tokens = SqlLexer.tokens(statement.sql(), dialect);
            if (tokens.isEmpty()) {
                continue;
            }
            if (tokens.get(0).isWord("update")) {
                update(statement.sql(), tokens, writes);
            } else if (isInsert(tokens)) {
                insert(statement.sql(), tokens, writes);
            }
        }
        return writes;
    }

    private static void update(String sql, List<SqlToken> tokens, List<Write> writes) {
        int at = 1;
        if (at + 1 < tokens.size() && tokens.get(at).isWord("or")) {
            at += 2;
        }
        if (at < tokens.size() && tokens.get(at).isWord("only")) {
            at++;
        }
        StringBuilder table = new StringBuilder();
        at = name(tokens, at, table, SqlToken::value);
        for (List<SqlToken> assignment : split(tokens, next(tokens, at, "set") + 1)) {
            int equals = indexOf(assignment, "=");
            if (equals == 1 && assignment.get(0).kind() != Kind.SYMBOL) {
                writes.add(new Write(table.toString(), assignment.get(0).value(), text(sql, assignment, equals + 1)));
            } else if (equals > 0 && assignment.get(0).isSymbol("(")) {
                String expression = text(sql, assignment, equals + 1);
                assignment.subList(1, equals).stream().filter(token -> token.kind() != Kind.SYMBOL)
                        .forEach(column -> writes.add(new Write(table.toString(), column.value(), expression)));
            }
        }
    }

    private static void insert(String sql, List<SqlToken> tokens, List<Write> writes) {
        StringBuilder table = new StringBuilder();
        int at = name(tokens, next(tokens, 1, "into") + 1, table, SqlToken::value);
        if (at < tokens.size() && tokens.get(at).isWord("as")) {
            at += 2;
        }
        if (at >= tokens.size() || !tokens.get(at).isSymbol("(")) {
            return;
        }
        List<String> columns = new ArrayList<>();
        int close = at + 1;
        for (; close < tokens.size() && !tokens.get(close).isSymbol(")"); close++) {
            if (tokens.get(close).kind() != Kind.SYMBOL) {
                columns.add(tokens.get(close).value());
            }
        }
        int next = close + 1;
        if (next < tokens.size() && tokens.get(next).isWord("values")) {
            int open = next + 1;
            while (open < tokens.size() && tokens.get(open).isSymbol("(")) {
                int end = matching(tokens, open);
                values(sql, table.toString(), columns, split(tokens.subList(0, end), open + 1), writes);
                open = end + 1 < tokens.size() && tokens.get(end + 1).isSymbol(",") ? end + 2 : tokens.size();
            }
        } else if (next < tokens.size() && tokens.get(next).isWord("select")) {
            int from = next + 1;
            if (from < tokens.size() && tokens.get(from).isWord("distinct")) {
                from++;
            }
            values(sql, table.toString(), columns, split(tokens, from), writes);
        }
    }

    private static void values(String sql, String table, List<String> columns, List<List<SqlToken>> expressions,
            List<Write> writes) {
        for (int i = 0; i < Math.min(columns.size(), expressions.size()); i++) {
            writes.add(new Write(table, columns.get(i), text(sql, expressions.get(i), 0)));
        }
    }

    /** Whether {@code tokens} are an {@code INSERT} (or SQLite {@code REPLACE}) statement. */
    private static boolean isInsert(List<SqlToken> tokens) {
        return !tokens.isEmpty() && (tokens.get(0).isWord("insert") || tokens.get(0).isWord("replace"));
    }

    /** The index of the first bare word {@code word} from {@code from}; the size of {@code tokens} when none. */
    private static int next(List<SqlToken> tokens, int from, String word) {
        int i = from;
        while (i < tokens.size() && !tokens.get(i).isWord(word)) {
            i++;
        }
        return i;
    }

    /**
     * Reads a possibly qualified name from {@code at} into {@code name}, each part as {@code part} spells it; the
     * index after it.
     */
    private static int name(List<SqlToken> tokens, int at, StringBuilder name, Function<SqlToken, String> part) {
        int i = at;
        while (i < tokens.size() && tokens.get(i).kind() != Kind.SYMBOL && tokens.get(i).kind() != Kind.NUMBER) {
            name.append(part.apply(tokens.get(i)));
            if (i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(".")) {
                name.append('.');
                i += 2;
            } else {
                return i + 1;
            }
        }
        return i;
    }

    /** The items from {@code from} split at commas outside parentheses, up to a word that ends the list. */
    private static List<List<SqlToken>> split(List<SqlToken> tokens, int from) {
        List<List<SqlToken>> items = new ArrayList<>();
        int depth = 0;
        int start = from;
        int i = from;
        for (; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && token.isSymbol(",")) {
                items.add(tokens.subList(start, i));
                start = i + 1;
            } else if (depth == 0 && token.kind() == Kind.WORD && ENDS.contains(token.upper())) {
                break;
            }
        }
        if (start < i) {
            items.add(tokens.subList(start, i));
        }
        return items;
    }

    private static int indexOf(List<SqlToken> tokens, String symbol) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(symbol)) {
                return i;
            }
        }
        return -1;
    }

    private static int matching(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The source text of {@code tokens} from index {@code from}, as written. */
    private static String text(String sql, List<SqlToken> tokens, int from) {
        if (from >= tokens.size()) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(tokens.size() - 1).end());
    }
}

package dev.stairway.verifier.catalog.postgresql;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.sql.SqlLexer;
import dev.stairway.verifier.sql.SqlToken;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells which column defaults give a new value on each insert. PostgreSQL records a default's dependency on a
 * function in {@code pg_depend} only for functions of the user (built-in ones are pinned, and never recorded), so
 * a default is volatile when {@code pg_depend} leads from its {@code pg_attrdef} row to a volatile or stable
 * {@code pg_proc}, when it calls a function that {@code pg_proc} lists as volatile or stable by name (the
 * built-in {@code now()}, {@code random()}, {@code gen_random_uuid()}, {@code clock_timestamp()}, ...), or when
 * it reads the clock with SQL's own words ({@code CURRENT_TIMESTAMP}, ...). A sequence's {@code nextval} does not
 * count: a re-created sequence starts over, so its values come back.
 */
final class VolatileDefaults {

    /** A boolean column of the columns query, for the {@code pg_attrdef} row aliased {@code d}. */
    static final String DEPENDS_ON_VOLATILE_FUNCTION = " d.oid IS NOT NULL AND EXISTS (SELECT 1 FROM pg_depend dep"
            + " JOIN pg_proc p ON p.oid = dep.refobjid WHERE dep.classid = 'pg_attrdef'::regclass"
            + " AND dep.objid = d.oid AND dep.refclassid = 'pg_proc'::regclass AND p.provolatile IN ('v', 's')"
            + " AND p.oid <> 'nextval(regclass)'::regprocedure)";

    private static final Set<String> CLOCK_WORDS = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME",
            "LOCALTIMESTAMP", "LOCALTIME");

    private VolatileDefaults() {
    }

    /** Whether {@code expression} reads the clock with SQL's own words, such as {@code CURRENT_TIMESTAMP}. */
    static boolean readsClock(String expression) {
        return SqlLexer.tokens(expression, Dialect.POSTGRESQL).stream()
                .anyMatch(token -> token.kind() == SqlToken.Kind.WORD && CLOCK_WORDS.contains(token.upper()));
    }

    /** The names of the functions {@code expression} calls, lower case, without their schema. */
    static Set<String> calls(String expression) {
        List<SqlToken> tokens = SqlLexer.tokens(expression, Dialect.POSTGRESQL);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if ((token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED)
                    && tokens.get(i + 1).isSymbol("(")) {
                names.add(token.kind() == SqlToken.Kind.WORD ? token.text().toLowerCase(Locale.ROOT) : token.value());
            }
        }
        names.remove("nextval");
        return names;
    }

    /** The names among {@code names} that some volatile or stable function has: one query, none when empty. */
    static Set<String> volatileAmong(Connection connection, Collection<String> names) throws SQLException {
        return namesAmong(connection, names, "provolatile IN ('v', 's')");
    }

    /**
     * The names among {@code names} of functions that give another value on the next call with the same
     * arguments: volatile ones ({@code random()}, {@code clock_timestamp()}), and stable ones that return a point in
     * time ({@code now()}, {@code statement_timestamp()}). Other stable functions ({@code jsonb_build_object},
     * {@code to_char}) are stable only because their output may depend on settings, and give the same value for the
     * same row on every up. One query, none when empty.
     */
    static Set<String> changingAmong(Connection connection, Collection<String> names) throws SQLException {
        return namesAmong(connection, names, "(provolatile = 'v' OR provolatile = 's' AND prorettype IN"
                + " ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype, 'timetz'::regtype,"
                + " 'time'::regtype))");
    }

    private static Set<String> namesAmong(Connection connection, Collection<String> names, String condition)
            throws SQLException {
        Set<String> found = new HashSet<>();
        if (names.isEmpty()) {
            return found;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT proname FROM pg_proc"
                + " WHERE proname = ANY (?) AND " + condition)) {
            Array array = connection.createArrayOf("text", names.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}

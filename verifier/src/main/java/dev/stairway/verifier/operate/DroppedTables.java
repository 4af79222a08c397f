package dev.stairway.verifier.operate;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.sql.SqlSplitter;
import dev.stairway.verifier.sql.SqlStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a list of scripts drops for good, and how many rows each holds now: what a downgrade would lose. A
 * table dropped and then created again, or replaced by another renamed to its name (a SQLite table rebuild),
 * is not dropped for good.
 */
final class DroppedTables {

    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String QUALIFIED = "((?:" + NAME + "\\s*\\.\\s*)?" + NAME + ")";
    private static final Pattern DROP = Pattern.compile("(?is)DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.+?)"
            + "(?:\\s+(?:CASCADE|RESTRICT))?");
    private static final Pattern CREATE = Pattern.compile("(?is)CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?(?:TEMP|TEMPORARY"
            + "|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + QUALIFIED + ".*");
    private static final Pattern RENAME = Pattern.compile("(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?"
            + QUALIFIED + "\\s+RENAME\\s+TO\\s+" + NAME + ".*");

    private DroppedTables() {
    }

    /** The tables {@code scripts} (SQL of {@code dialect}, in the order they run) leave dropped, by name. */
    static Set<String> of(List<String> scripts, Dialect dialect) {
        Set<String> dropped = new LinkedHashSet<>();
        for (String script : scripts) {
            for (SqlStatement statement : SqlSplitter.split(script, dialect)) {
                String sql = statement.sql().strip();
                Matcher drop = DROP.matcher(sql);
                Matcher create = CREATE.matcher(sql);
                Matcher rename = RENAME.matcher(sql);
                if (drop.matches()) {
                    for (String name : drop.group(1).split(",")) {
                        dropped.add(key(name));
                    }
                } else if (create.matches()) {
                    dropped.remove(key(create.group(1)));
                } else if (rename.matches()) {
                    String target = key(rename.group(1));
                    int dot = target.lastIndexOf('.');
                    dropped.remove((dot < 0 ? "" : target.substring(0, dot + 1)) + key(rename.group(4)));
                }
            }
        }
        return dropped;
    }

    /** Of {@code tables}, those that exist on {@code database} and hold rows, with how many. */
    static Map<String, Long> withRows(TestDatabase database, Set<String> tables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = database.connection()) {
            for (String table : tables) {
                String quoted = quoted(table);
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("SELECT count(*) FROM " + quoted)) {
                    long count = result.next() ? result.getLong(1) : 0;
                    if (count > 0) {
                        rows.put(table, count);
                    }
                } catch (SQLException absent) {
                    // a table the scripts drop that is not there (DROP TABLE IF EXISTS): nothing to lose
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                }
            }
        }
        return rows;
    }

    /** The table name as the database stores it: quotes taken off, unquoted names in lower case. */
    private static String key(String written) {
        StringBuilder key = new StringBuilder();
        for (String part : written.strip().split("\\s*\\.\\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (key.length() > 0) {
                key.append('.');
            }
            key.append(part.startsWith("\"") ? part.substring(1, part.length() - 1).replace("\"\"", "\"")
                    : part.toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    private static String quoted(String key) {
        StringBuilder quoted = new StringBuilder();
        for (String part : key.split("\\.")) {
            if (quoted.length() > 0) {
                quoted.append('.');
            }
            quoted.append('"').append(part.replace("\"", "\"\"")).append('"');
        }
        return quoted.toString();
    }
}

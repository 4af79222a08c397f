package dev.stairway.verifier.locks.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What existed before a measured script, read once inside its transaction: every relation of the user's schemas,
 * the check and foreign key constraints on their tables, and the columns that accepted NULL.
 */
final class CatalogBefore {

    /** The user's schemas: not PostgreSQL's own, not toast or temporary ones. */
    static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

    private static final Pattern NOT_NULL_CHECK = Pattern.compile(
            "CHECK \\(\\(\"?([^\"()]+)\"? IS NOT NULL\\)\\)");

    final Map<Long, Relation> relations = new HashMap<>();
    final Set<Long> constraints = new HashSet<>();
    /** {@code attrelid:attnum} of each column that accepted NULL. */
    final Set<String> nullableColumns = new HashSet<>();

    private CatalogBefore() {
    }

    static CatalogBefore read(Connection connection) throws SQLException {
        CatalogBefore before = new CatalogBefore();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT c.oid::bigint, c.relname, n.nspname,"
                    + " c.relkind::text, c.relfilenode::bigint, coalesce(i.indrelid::bigint, 0),"
                    + " quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_index i ON i.indexrelid = c.oid WHERE " + USER_SCHEMA)) {
                while (rows.next()) {
                    Relation relation = new Relation(rows.getLong(1),
                            Relation.qualified(rows.getString(3), rows.getString(2)), rows.getString(4),
                            rows.getLong(5), rows.getLong(6), rows.getString(7));
                    before.relations.put(relation.oid(), relation);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT 'c', co.oid::bigint, co.conrelid::bigint, 0"
                    + " FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE co.contype IN ('c', 'f') AND " + USER_SCHEMA
                    + " UNION ALL SELECT 'a', 0, a.attrelid::bigint, a.attnum FROM pg_attribute a"
                    + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND NOT a.attnotnull"
                    + " AND " + USER_SCHEMA)) {
                while (rows.next()) {
                    long table = rows.getLong(3);
                    if (rows.getString(1).equals("a")) {
                        before.nullableColumns.add(table + ":" + rows.getInt(4));
                        continue;
                    }
                    before.constraints.add(rows.getLong(2));
                }
            }
        }
        return before;
    }

    /**
     * Whether a validated {@code CHECK (column IS NOT NULL)} that existed before proves {@code column} of {@code table}
     * not null, so that {@code SET NOT NULL} needs no scan (PostgreSQL 12 and later). Asked only for the few columns a
     * script makes NOT NULL.
     */
    boolean provesNotNull(Connection connection, Relation table, String column) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT oid::bigint,"
                + " pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid::bigint = ? AND contype = 'c'"
                + " AND convalidated")) {
            statement.setLong(1, table.oid());
            try (ResultSet checks = statement.executeQuery()) {
                while (checks.next()) {
                    Matcher check = NOT_NULL_CHECK.matcher(checks.getString(2));
                    if (constraints.contains(checks.getLong(1)) && check.matches()
                            && check.group(1).equalsIgnoreCase(column)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean existed(long oid) {
        return relations.containsKey(oid);
    }

    /** Whether a table that existed before holds rows: a table, partitioned table or materialized view. */
    boolean isExistingTable(long oid) {
        Relation relation = relations.get(oid);
        return relation != null && relation.holdsRows();
    }
}

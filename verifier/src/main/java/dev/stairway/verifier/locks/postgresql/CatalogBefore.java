package dev.stairway.verifier.locks.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

    /** The queries that read what existed before, in the order {@link #read} takes their results. */
    static final List<String> QUERIES = List.of("SELECT c.oid::bigint, c.relname, n.nspname,"
            + " c.relkind::text, c.relfilenode::bigint, coalesce(i.indrelid::bigint, 0),"
            + " quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_index i ON i.indexrelid = c.oid WHERE " + USER_SCHEMA,
            "SELECT 'c', co.oid::bigint, co.conrelid::bigint, 0"
            + " FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE co.contype IN ('c', 'f') AND " + USER_SCHEMA
            + " UNION ALL SELECT 'a', 0, a.attrelid::bigint, a.attnum FROM pg_attribute a"
            + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND NOT a.attnotnull"
            + " AND " + USER_SCHEMA);

    /** What existed before, from the results of {@link #QUERIES}, in order. */
    static CatalogBefore read(ResultSet relationRows, ResultSet constraintRows) throws SQLException {
        CatalogBefore before = new CatalogBefore();
        while (relationRows.next()) {
            Relation relation = new Relation(relationRows.getLong(1),
                    Relation.qualified(relationRows.getString(3), relationRows.getString(2)), relationRows.getString(4),
                    relationRows.getLong(5), relationRows.getLong(6), relationRows.getString(7));
            before.relations.put(relation.oid(), relation);
        }
        while (constraintRows.next()) {
            long table = constraintRows.getLong(3);
            if (constraintRows.getString(1).equals("a")) {
                before.nullableColumns.add(table + ":" + constraintRows.getInt(4));
                continue;
            }
            before.constraints.add(constraintRows.getLong(2));
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

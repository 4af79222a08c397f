package dev.stairway.verifier.catalog.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What SQLite's table, index and foreign-key pragmas say about every table, read with one query per pragma
 * (the table-valued pragma joined on {@code sqlite_master}) rather than one per table or index, and grouped
 * by table or index name. Names are looked up as SQLite compares them: ignoring the case of ASCII letters.
 * A value read at one moment; read again for a later state of the database.
 */
final class SqlitePragmas {

    /** A row of {@code pragma_table_xinfo}: {@code hidden} is 0 for a plain column, 1 hidden, 2 and 3 generated. */
    record ColumnRow(String name, String type, boolean notNull, String defaultValue, int primaryKeyPosition,
            int hidden) {
    }

    /** A row of {@code pragma_index_list}: {@code origin} is {@code c}, {@code u} or {@code pk}. */
    record IndexRow(String name, boolean unique, String origin) {
    }

    /** A key row of {@code pragma_index_xinfo}: {@code name} is null for an expression or the rowid. */
    record IndexColumnRow(int seqno, int cid, String name, boolean descending) {
    }

    /** A row of {@code pragma_foreign_key_list}: {@code to} is null when the parent's primary key is meant. */
    record ForeignKeyRow(int id, String parent, String from, String to, String onUpdate, String onDelete) {
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final Map<String, List<ColumnRow>> columns;
    private final Map<String, List<IndexRow>> indexes;
    private final Map<String, List<IndexColumnRow>> indexColumns;
    private final Map<String, List<ForeignKeyRow>> foreignKeys;

    private SqlitePragmas(Map<String, List<ColumnRow>> columns, Map<String, List<IndexRow>> indexes,
            Map<String, List<IndexColumnRow>> indexColumns, Map<String, List<ForeignKeyRow>> foreignKeys) {
        this.columns = columns;
        this.indexes = indexes;
        this.indexColumns = indexColumns;
        this.foreignKeys = foreignKeys;
    }

    /** Reads the pragmas of every table on {@code connection}: four queries in all. */
    static SqlitePragmas read(Connection connection) throws SQLException {
        return new SqlitePragmas(
                grouped(connection, "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
                        + " FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p"
                        + " WHERE m.type = 'table' ORDER BY m.name, p.cid",
                        rows -> new ColumnRow(rows.getString(2), rows.getString(3), rows.getInt(4) != 0,
                                rows.getString(5), rows.getInt(6), rows.getInt(7))),
                grouped(connection, "SELECT m.name, l.name, l.\"unique\", l.origin"
                        + " FROM sqlite_master m JOIN pragma_index_list(m.name) l"
                        + " WHERE m.type = 'table' ORDER BY m.name, l.seq",
                        rows -> new IndexRow(rows.getString(2), rows.getString(3).equals("1"), rows.getString(4))),
                grouped(connection, "SELECT l.name, x.seqno, x.cid, x.name, x.\"desc\""
                        + " FROM sqlite_master m JOIN pragma_index_list(m.name) l JOIN pragma_index_xinfo(l.name) x"
                        + " WHERE m.type = 'table' AND x.key = 1 ORDER BY l.name, x.seqno",
                        rows -> new IndexColumnRow(rows.getInt(2), rows.getInt(3), rows.getString(4),
                                rows.getInt(5) == 1)),
                grouped(connection, "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete"
                        + " FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f"
                        + " WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq",
                        rows -> new ForeignKeyRow(rows.getInt(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getString(6), rows.getString(7))));
    }

    /** The columns of {@code table} in {@code cid} order, hidden ones included; empty for no such table. */
    List<ColumnRow> columns(String table) {
        return columns.getOrDefault(folded(table), List.of());
    }

    /** The indexes of {@code table}, in the pragma's order. */
    List<IndexRow> indexes(String table) {
        return indexes.getOrDefault(folded(table), List.of());
    }

    /** The key columns of {@code index} in {@code seqno} order. */
    List<IndexColumnRow> indexColumns(String index) {
        return indexColumns.getOrDefault(folded(index), List.of());
    }

    /** The foreign-key rows of {@code table}, by key {@code id} then position. */
    List<ForeignKeyRow> foreignKeys(String table) {
        return foreignKeys.getOrDefault(folded(table), List.of());
    }

    /** Runs {@code sql}, whose first column names the table or index, and groups the rows by it, order kept. */
    private static <T> Map<String, List<T>> grouped(Connection connection, String sql, RowReader<T> reader)
            throws SQLException {
        Map<String, List<T>> grouped = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                grouped.computeIfAbsent(folded(rows.getString(1)), name -> new ArrayList<>()).add(reader.read(rows));
            }
        }
        return grouped;
    }

    /** {@code name} folded as SQLite compares names: ASCII letters in lower case, nothing else changed. */
    private static String folded(String name) {
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}

package dev.stairway.verifier.schema;

import dev.stairway.fixtures.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a SQLite schema from {@code sqlite_master} and the table-valued pragmas; checks, generation
 * expressions, expression index items and partial index predicates come from the stored CREATE text.
 */
final class SqliteSchemaReader {

    private final Connection connection;
    private final String historyTable;

    SqliteSchemaReader(Connection connection, String historyTable) {
        this.connection = connection;
        this.historyTable = historyTable;
    }

    SchemaSnapshot read() throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
                        + " WHERE substr(name, 1, 7) <> 'sqlite_' AND lower(tbl_name) <> lower(?)"
                        + " ORDER BY type, name")) {
            statement.setString(1, historyTable);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    objects.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
                }
            }
        }
        Map<String, String> indexSql = new LinkedHashMap<>();
        for (String[] object : objects) {
            if (object[0].equals("index")) {
                indexSql.put(object[1].toLowerCase(Locale.ROOT), object[3]);
            }
        }
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (String[] object : objects) {
            switch (object[0]) {
                case "table" -> tables.add(table(object[1], object[3], indexSql));
                case "view" -> views.add(new View(object[1], false, SqliteSql.normal(object[3])));
                case "trigger" -> triggers.add(new Trigger(object[1], object[2], SqliteSql.normal(object[3])));
                default -> {
                }
            }
        }
        return new SchemaSnapshot(Dialect.SQLITE, tables, views, triggers, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private Table table(String name, String sql, Map<String, String> indexSql) throws SQLException {
        SqliteSql.TableParts parts = SqliteSql.table(sql);
        List<Column> columns = new ArrayList<>();
        Map<Integer, String> primaryKey = new java.util.TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    int hidden = rows.getInt(6);
                    if (hidden == 1) {
                        continue;
                    }
                    String key = column.toLowerCase(Locale.ROOT);
                    String generated = hidden == 2 || hidden == 3 ? parts.generated().get(key) : null;
                    if ((hidden == 2 || hidden == 3) && generated == null) {
                        generated = hidden == 3 ? "stored" : "virtual";
                    }
                    columns.add(new Column(column, SqliteSql.type(rows.getString(2)), rows.getInt(3) == 0,
                            SqliteSql.normal(rows.getString(4)),
                            parts.autoincrement().contains(key) ? "autoincrement" : null, generated));
                    if (rows.getInt(5) > 0) {
                        primaryKey.put(rows.getInt(5), column);
                    }
                }
            }
        }
        List<Key> uniqueKeys = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<String[]> listed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, \"unique\", origin FROM pragma_index_list(?)")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    listed.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        for (String[] index : listed) {
            switch (index[2]) {
                case "u" -> uniqueKeys.add(new Key(null, indexColumns(index[0], List.of())));
                case "c" -> {
                    SqliteSql.IndexParts indexParts = SqliteSql.index(indexSql.get(index[0].toLowerCase(Locale.ROOT)));
                    indexes.add(new Index(index[0], indexColumns(index[0], indexParts.items()), index[1].equals("1"),
                            indexParts.predicate(), null));
                }
                default -> {
                }
            }
        }
        Key key = primaryKey.isEmpty() ? null : new Key(null, List.copyOf(primaryKey.values()));
        return new Table(name, columns, key, uniqueKeys, foreignKeys(name), parts.checks(), indexes);
    }

    private List<String> indexColumns(String index, List<String> declaredItems) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT seqno, cid, name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
            statement.setString(1, index);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int seqno = rows.getInt(1);
                    String column = rows.getString(3);
                    if (column == null) {
                        column = seqno < declaredItems.size() ? declaredItems.get(seqno) : rows.getInt(2) == -1
                                ? "rowid" : "expression " + seqno;
                    }
                    columns.add(rows.getInt(4) == 1 ? column + " DESC" : column);
                }
            }
        }
        return columns;
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)"
                        + " ORDER BY id, seq")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byId.computeIfAbsent(rows.getInt(1), id -> new ArrayList<>()).add(new String[] {rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)});
                }
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> parts : byId.values()) {
            String[] first = parts.get(0);
            List<String> columns = parts.stream().map(part -> part[1]).toList();
            List<String> referenced = parts.stream().anyMatch(part -> part[2] == null)
                    ? primaryKeyOf(first[0]) : parts.stream().map(part -> part[2]).toList();
            keys.add(new ForeignKey(null, columns, first[0], referenced, action(first[3]), action(first[4])));
        }
        return keys;
    }

    private List<String> primaryKeyOf(String table) throws SQLException {
        Map<Integer, String> columns = new java.util.TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getInt(2), rows.getString(1));
                }
            }
        }
        return List.copyOf(columns.values());
    }

    private static String action(String action) {
        return action == null ? "no action" : action.toLowerCase(Locale.ROOT);
    }
}

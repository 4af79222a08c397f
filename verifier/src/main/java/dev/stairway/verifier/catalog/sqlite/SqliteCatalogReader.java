package dev.stairway.verifier.catalog.sqlite;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.catalog.CatalogReader;
import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.ForeignKey;
import dev.stairway.verifier.schema.Index;
import dev.stairway.verifier.schema.Key;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.schema.Trigger;
import dev.stairway.verifier.schema.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite's catalog reader: the schema from {@code sqlite_master} and the table-valued pragmas (see
 * {@link SqlitePragmas}: five queries in all, however many tables); checks, generation expressions, expression
 * index items, partial index predicates and {@code WITHOUT ROWID} come from the stored CREATE text. An
 * {@code INTEGER PRIMARY KEY} of a rowid table is an alias of the rowid: its identity reads {@code rowid} (or
 * {@code autoincrement}), and it reads not null whether or not it is declared {@code NOT NULL}.
 *
 * <p>Engine: not part of Stairway's API; public for {@link CatalogReader#of}.
 */
public final class SqliteCatalogReader implements CatalogReader {

    private final String historyTable;

    /** A reader leaving out {@code historyTable}, Flyway's history table. */
    public SqliteCatalogReader(String historyTable) {
        this.historyTable = historyTable;
    }

    @Override
    public List<TableRef> dataTables(Connection connection) throws SQLException {
        List<TableRef> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND lower(name) <> ? ORDER BY lower(name), name")) {
            statement.setString(1, historyTable.toLowerCase(Locale.ROOT));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(TableRef.of(null, rows.getString(1)));
                }
            }
        }
        return tables;
    }

    @Override
    public Set<String> volatileAmong(Connection connection, Collection<String> expressions) {
        return expressions.stream().filter(SqliteDdl::volatileDefault).collect(Collectors.toSet());
    }

    @Override
    public SchemaSnapshot schema(Connection connection) throws SQLException {
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
        SqlitePragmas pragmas = SqlitePragmas.read(connection);
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (String[] object : objects) {
            switch (object[0]) {
                case "table" -> tables.add(table(object[1], object[3], indexSql, pragmas));
                case "view" -> views.add(new View(object[1], false, SqliteDdl.normal(object[3])));
                case "trigger" -> triggers.add(new Trigger(object[1], object[2], SqliteDdl.normal(object[3])));
                default -> {
                }
            }
        }
        return SchemaSnapshot.of(Dialect.SQLITE, tables, views, triggers, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private Table table(String name, String sql, Map<String, String> indexSql, SqlitePragmas pragmas) {
        SqliteDdl.TableParts parts = SqliteDdl.table(sql);
        String rowidAlias = rowidAlias(pragmas.columns(name), parts);
        List<Column> columns = new ArrayList<>();
        Map<Integer, String> primaryKey = new TreeMap<>();
        for (SqlitePragmas.ColumnRow row : pragmas.columns(name)) {
            int hidden = row.hidden();
            if (hidden == 1) {
                continue;
            }
            String key = row.name().toLowerCase(Locale.ROOT);
            String generated = hidden == 2 || hidden == 3 ? parts.generated().get(key) : null;
            if ((hidden == 2 || hidden == 3) && generated == null) {
                generated = hidden == 3 ? "stored" : "virtual";
            }
            // a rowid alias is never NULL (an insert of NULL takes the next rowid), whatever NOT NULL says
            boolean nullable = !row.notNull() && !key.equals(rowidAlias);
            columns.add(new Column(row.name(), SqliteDdl.type(row.type()), nullable,
                    SqliteDdl.normal(row.defaultValue()),
                    parts.autoincrement().contains(key) ? "autoincrement" : key.equals(rowidAlias) ? "rowid" : null,
                    generated, row.defaultValue() != null && SqliteDdl.volatileDefault(row.defaultValue())));
            if (row.primaryKeyPosition() > 0) {
                primaryKey.put(row.primaryKeyPosition(), row.name());
            }
        }
        List<Key> uniqueKeys = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (SqlitePragmas.IndexRow index : pragmas.indexes(name)) {
            switch (index.origin()) {
                case "u" -> uniqueKeys.add(new Key(null, indexColumns(pragmas, index.name(), List.of())));
                case "c" -> {
                    SqliteDdl.IndexParts indexParts = SqliteDdl.index(indexSql.get(index.name().toLowerCase(Locale.ROOT)));
                    indexes.add(new Index(index.name(), indexColumns(pragmas, index.name(), indexParts.items()),
                            index.unique(), indexParts.predicate(), null));
                }
                default -> {
                }
            }
        }
        Key key = primaryKey.isEmpty() ? null : new Key(null, List.copyOf(primaryKey.values()));
        return new Table(name, columns, key, uniqueKeys, foreignKeys(pragmas, name), parts.checks(), indexes);
    }

    /**
     * The column (lower case) that aliases the rowid: the only primary key column of a rowid table, declared
     * {@code INTEGER} exactly; null when there is none.
     */
    private static String rowidAlias(List<SqlitePragmas.ColumnRow> columns, SqliteDdl.TableParts parts) {
        List<SqlitePragmas.ColumnRow> key = columns.stream().filter(row -> row.primaryKeyPosition() > 0).toList();
        return parts.rowid() && key.size() == 1 && "INTEGER".equalsIgnoreCase(key.get(0).type())
                ? key.get(0).name().toLowerCase(Locale.ROOT) : null;
    }

    private static List<String> indexColumns(SqlitePragmas pragmas, String index, List<String> declaredItems) {
        List<String> columns = new ArrayList<>();
        for (SqlitePragmas.IndexColumnRow row : pragmas.indexColumns(index)) {
            int seqno = row.seqno();
            String column = row.name();
            if (column == null) {
                column = seqno < declaredItems.size() ? declaredItems.get(seqno) : row.cid() == -1
                        ? "rowid" : "expression " + seqno;
            }
            columns.add(row.descending() ? column + " DESC" : column);
        }
        return columns;
    }

    private static List<ForeignKey> foreignKeys(SqlitePragmas pragmas, String table) {
        Map<Integer, List<SqlitePragmas.ForeignKeyRow>> byId = new LinkedHashMap<>();
        for (SqlitePragmas.ForeignKeyRow row : pragmas.foreignKeys(table)) {
            byId.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<SqlitePragmas.ForeignKeyRow> parts : byId.values()) {
            SqlitePragmas.ForeignKeyRow first = parts.get(0);
            List<String> columns = parts.stream().map(SqlitePragmas.ForeignKeyRow::from).toList();
            List<String> referenced = parts.stream().anyMatch(part -> part.to() == null)
                    ? primaryKeyOf(pragmas, first.parent())
                    : parts.stream().map(SqlitePragmas.ForeignKeyRow::to).toList();
            keys.add(new ForeignKey(null, columns, first.parent(), referenced, action(first.onUpdate()),
                    action(first.onDelete())));
        }
        return keys;
    }

    /** The primary key columns of {@code table} as its REFERENCES clause spells it; empty for no such table. */
    private static List<String> primaryKeyOf(SqlitePragmas pragmas, String table) {
        Map<Integer, String> columns = new TreeMap<>();
        for (SqlitePragmas.ColumnRow row : pragmas.columns(table)) {
            if (row.primaryKeyPosition() > 0) {
                columns.put(row.primaryKeyPosition(), row.name());
            }
        }
        return List.copyOf(columns.values());
    }

    private static String action(String action) {
        return action == null ? "no action" : action.toLowerCase(Locale.ROOT);
    }
}

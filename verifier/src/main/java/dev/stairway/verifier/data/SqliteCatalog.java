package dev.stairway.verifier.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tables of a SQLite database, from {@code pragma_table_list}, {@code sqlite_master} and the table pragmas. */
final class SqliteCatalog implements Catalog {

    private final String historyTable;

    SqliteCatalog(String historyTable) {
        this.historyTable = historyTable;
    }

    private static final Pattern SIZE = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    @Override
    public List<TableRef> tables(Connection connection) throws SQLException {
        List<TableRef> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND lower(name) <> ? ORDER BY lower(name), name")) {
            statement.setString(1, historyTable.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    tables.add(new TableRef(name, Identifiers.quote(name)));
                }
            }
        }
        return tables;
    }

    @Override
    public TableInfo describe(Connection connection, TableRef table) throws SQLException {
        boolean rowid = true;
        String createSql = null;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT l.type, l.wr, m.sql FROM pragma_table_list l JOIN sqlite_master m ON m.name = l.name"
                        + " WHERE l.schema = 'main' AND l.name = ?")) {
            statement.setString(1, table.name());
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    rowid = rows.getString(1).equals("table") && rows.getInt(2) == 0;
                    createSql = rows.getString(3);
                }
            }
        }
        List<String> checks = CheckClauses.fromCreateTable(createSql);

        record Raw(String name, String type, boolean notNull, boolean hasDefault, int pk) {
        }
        List<Raw> raws = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid")) {
            statement.setString(1, table.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    raws.add(new Raw(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2),
                            rows.getInt(3) == 1, rows.getString(4) != null, rows.getInt(5)));
                }
            }
        }
        long keyColumns = raws.stream().filter(raw -> raw.pk() > 0).count();
        List<ColumnInfo> columns = new ArrayList<>();
        for (Raw raw : raws) {
            boolean rowidAlias = rowid && keyColumns == 1 && raw.pk() == 1 && raw.type().equalsIgnoreCase("INTEGER");
            Matcher size = SIZE.matcher(raw.type());
            int first = size.find() ? Integer.parseInt(size.group(1)) : 0;
            int second = first > 0 && size.group(2) != null ? Integer.parseInt(size.group(2)) : -1;
            TypeFamily family = family(raw.type());
            List<String> mentioning = checks.stream().filter(check -> CheckClauses.mentions(check, raw.name())).toList();
            columns.add(new ColumnInfo(raw.name(), raw.type(), family, raw.notNull() || raw.pk() > 0, raw.hasDefault(),
                    rowidAlias, family == TypeFamily.TEXT ? first : 0, family == TypeFamily.DECIMAL ? first : 0,
                    family == TypeFamily.DECIMAL ? second : -1, List.of(), mentioning));
        }
        return new TableInfo(table, columns, foreignKeys(connection, table));
    }

    private List<ForeignKey> foreignKeys(Connection connection, TableRef table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        // The parent as spelled in the REFERENCES clause may differ in case from its declaration.
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT f.id, coalesce((SELECT m.name FROM sqlite_master m WHERE m.type = 'table'"
                        + " AND lower(m.name) = lower(f.\"table\")), f.\"table\"), f.\"from\", f.\"to\""
                        + " FROM pragma_foreign_key_list(?) f ORDER BY f.id, f.seq")) {
            statement.setString(1, table.name());
            try (ResultSet rows = statement.executeQuery()) {
                int current = -1;
                String parent = null;
                List<String> from = new ArrayList<>();
                List<String> to = new ArrayList<>();
                while (rows.next()) {
                    if (rows.getInt(1) != current && current >= 0) {
                        keys.add(foreignKey(connection, from, parent, to));
                        from = new ArrayList<>();
                        to = new ArrayList<>();
                    }
                    current = rows.getInt(1);
                    parent = rows.getString(2);
                    from.add(rows.getString(3));
                    to.add(rows.getString(4));
                }
                if (current >= 0) {
                    keys.add(foreignKey(connection, from, parent, to));
                }
            }
        }
        return keys;
    }

    /** A foreign key to {@code parentName}, as declared; its primary key when the REFERENCES clause names no columns. */
    private ForeignKey foreignKey(Connection connection, List<String> from, String parentName, List<String> to)
            throws SQLException {
        List<String> parentKey = new ArrayList<>();
        if (to.stream().anyMatch(column -> column == null)) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk")) {
                statement.setString(1, parentName);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        parentKey.add(rows.getString(1));
                    }
                }
            }
        } else {
            parentKey.addAll(to);
        }
        return new ForeignKey(from, new TableRef(parentName, Identifiers.quote(parentName)), parentKey);
    }

    static TypeFamily family(String declared) {
        String type = declared.toUpperCase(Locale.ROOT);
        if (type.contains("BOOL")) {
            return TypeFamily.BOOLEAN;
        } else if (type.contains("TIMESTAMPTZ") || type.contains("TIMESTAMP") && type.contains("TIME ZONE")
                && !type.contains("WITHOUT")) {
            return TypeFamily.TIMESTAMPTZ;
        } else if (type.contains("DATETIME") || type.contains("TIMESTAMP")) {
            return TypeFamily.TIMESTAMP;
        } else if (type.contains("DATE")) {
            return TypeFamily.DATE;
        } else if (type.contains("TIME")) {
            return TypeFamily.TIME;
        } else if (type.contains("JSON")) {
            return TypeFamily.JSON;
        } else if (type.contains("UUID")) {
            return TypeFamily.UUID;
        } else if (type.contains("INT")) {
            return TypeFamily.INTEGER;
        } else if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return TypeFamily.TEXT;
        } else if (type.contains("BLOB") || type.contains("BYTEA") || type.contains("BINARY")) {
            return TypeFamily.BINARY;
        } else if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return TypeFamily.REAL;
        } else if (type.contains("DEC") || type.contains("NUM")) {
            return TypeFamily.DECIMAL;
        }
        return TypeFamily.TEXT;
    }
}

package dev.stairway.verifier.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables of a PostgreSQL database, from {@code pg_catalog}: every schema but the system ones. */
final class PostgresCatalog implements Catalog {

    /** The {@code pg_type} columns a {@link TypeRow} is read from, for a type aliased {@code t}. */
    private static final String TYPE_COLUMNS = "t.typname, t.typtype, t.typcategory, t.typbasetype, t.typtypmod,"
            + " t.typnotnull, t.typdefault IS NOT NULL";

    private final Map<String, Long> oids = new HashMap<>();
    private final String historyTable;

    PostgresCatalog(String historyTable) {
        this.historyTable = historyTable;
    }

    /** A column type with domains followed down to their base type. */
    private record ResolvedType(TypeFamily family, boolean notNull, boolean hasDefault, int maxLength, int precision,
            int scale, List<String> labels, List<String> checks) {
    }

    @Override
    public List<TableRef> tables(Connection connection) throws SQLException {
        List<TableRef> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT c.oid, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition"
                        + " AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"
                        + " AND c.relname <> ?"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
                        + " AND d.objid = c.oid AND d.deptype = 'e')")) {
            statement.setString(1, historyTable);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TableRef table = ref(rows.getString(2), rows.getString(3));
                    oids.put(table.name(), rows.getLong(1));
                    tables.add(table);
                }
            }
        }
        tables.sort(Comparator.comparing(TableRef::name));
        return tables;
    }

    private static TableRef ref(String schema, String name) {
        return schema.equals("public")
                ? new TableRef(name, Identifiers.quote(name))
                : new TableRef(schema + "." + name, Identifiers.quote(schema) + "." + Identifiers.quote(name));
    }

    @Override
    public TableInfo describe(Connection connection, TableRef table) throws SQLException {
        Long oid = oids.get(table.name());
        if (oid == null) {
            throw new IllegalStateException("Table " + table.name() + " was not listed by tables(): list tables first.");
        }
        List<String> checks = strings(connection,
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = CAST(? AS oid) AND contype = 'c'"
                        + " ORDER BY conname", oid);
        List<ColumnInfo> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid, a.atttypmod, a.attnotnull,"
                        + " a.atthasdef, a.attidentity, a.attgenerated, coalesce(pg_get_expr(ad.adbin, ad.adrelid), ''),"
                        + " " + TYPE_COLUMNS
                        + " FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
                        + " LEFT JOIN pg_type t ON t.oid = a.atttypid"
                        + " WHERE a.attrelid = CAST(? AS oid) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    ResolvedType type = resolve(connection, rows.getLong(3), TypeRow.read(rows, 10), rows.getInt(4));
                    boolean assigned = !rows.getString(7).isEmpty() || !rows.getString(8).isEmpty()
                            || rows.getString(9).startsWith("nextval(");
                    List<String> mentioning = new ArrayList<>(type.checks());
                    checks.stream().filter(check -> CheckClauses.mentions(check, name)).forEach(mentioning::add);
                    columns.add(new ColumnInfo(name, rows.getString(2), type.family(), rows.getBoolean(5) || type.notNull(),
                            rows.getBoolean(6) || type.hasDefault(), assigned, type.maxLength(), type.precision(),
                            type.scale(), type.labels(), mentioning));
                }
            }
        }
        return new TableInfo(table, columns, foreignKeys(connection, oid));
    }

    /** What {@code pg_type} says of a type; {@code name} is null when there is no such type. */
    private record TypeRow(String name, String kind, String category, long baseType, int baseTypmod,
            boolean notNull, boolean hasDefault) {

        /** Reads {@link PostgresCatalog#TYPE_COLUMNS} starting at column {@code first}. */
        static TypeRow read(ResultSet rows, int first) throws SQLException {
            return new TypeRow(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                    rows.getLong(first + 3), rows.getInt(first + 4), rows.getBoolean(first + 5),
                    rows.getBoolean(first + 6));
        }
    }

    private ResolvedType resolve(Connection connection, long typeOid, int typmod) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + TYPE_COLUMNS + " FROM pg_type t WHERE t.oid = CAST(? AS oid)")) {
            statement.setLong(1, typeOid);
            try (ResultSet rows = statement.executeQuery()) {
                return resolve(connection, typeOid, rows.next() ? TypeRow.read(rows, 1) : null, typmod);
            }
        }
    }

    /** Follows a domain down to its base type; {@code type} is null when the catalog has no such type. */
    private ResolvedType resolve(Connection connection, long typeOid, TypeRow type, int typmod) throws SQLException {
        if (type == null || type.name() == null) {
            return new ResolvedType(TypeFamily.OTHER, false, false, 0, 0, -1, List.of(), List.of());
        }
        if (type.kind().equals("d")) {
            ResolvedType base = resolve(connection, type.baseType(), type.baseTypmod());
            List<String> checks = new ArrayList<>(base.checks());
            checks.addAll(strings(connection, "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE contypid = CAST(? AS oid) AND contype = 'c' ORDER BY conname", typeOid));
            return new ResolvedType(base.family(), base.notNull() || type.notNull(),
                    base.hasDefault() || type.hasDefault(), base.maxLength(), base.precision(), base.scale(),
                    base.labels(), checks);
        }
        if (type.kind().equals("e")) {
            List<String> labels = strings(connection, "SELECT enumlabel FROM pg_enum"
                    + " WHERE enumtypid = CAST(? AS oid) ORDER BY enumsortorder", typeOid);
            return new ResolvedType(TypeFamily.ENUM, false, false, 0, 0, -1, labels, List.of());
        }
        if (type.category().equals("A")) {
            return new ResolvedType(TypeFamily.ARRAY, false, false, 0, 0, -1, List.of(), List.of());
        }
        TypeFamily family = family(type.name());
        int maxLength = family == TypeFamily.TEXT && typmod >= 4 ? typmod - 4 : 0;
        int precision = family == TypeFamily.DECIMAL && typmod >= 4 ? ((typmod - 4) >> 16) & 0xffff : 0;
        int scale = family == TypeFamily.DECIMAL && typmod >= 4 ? (typmod - 4) & 0xffff : -1;
        return new ResolvedType(family, false, false, maxLength, precision, scale, List.of(), List.of());
    }

    private static TypeFamily family(String typeName) {
        return switch (typeName) {
            case "int2", "int4", "int8", "oid" -> TypeFamily.INTEGER;
            case "numeric", "money" -> TypeFamily.DECIMAL;
            case "float4", "float8" -> TypeFamily.REAL;
            case "bool" -> TypeFamily.BOOLEAN;
            case "text", "varchar", "bpchar", "name", "citext", "char" -> TypeFamily.TEXT;
            case "date" -> TypeFamily.DATE;
            case "time", "timetz" -> TypeFamily.TIME;
            case "timestamp" -> TypeFamily.TIMESTAMP;
            case "timestamptz" -> TypeFamily.TIMESTAMPTZ;
            case "interval" -> TypeFamily.INTERVAL;
            case "json", "jsonb" -> TypeFamily.JSON;
            case "uuid" -> TypeFamily.UUID;
            case "bytea" -> TypeFamily.BINARY;
            case "inet", "cidr" -> TypeFamily.INET;
            case "xml" -> TypeFamily.XML;
            default -> TypeFamily.OTHER;
        };
    }

    private List<ForeignKey> foreignKeys(Connection connection, long oid) throws SQLException {
        record Part(List<String> columns, TableRef parent, List<String> parentColumns) {
        }
        Map<String, Part> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT con.conname, a.attname, fa.attname, fn.nspname, fc.relname FROM pg_constraint con"
                        + " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord)"
                        + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum"
                        + " JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.fattnum"
                        + " JOIN pg_class fc ON fc.oid = con.confrelid JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
                        + " WHERE con.contype = 'f' AND con.conrelid = CAST(? AS oid) ORDER BY con.conname, k.ord")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TableRef parent = ref(rows.getString(4), rows.getString(5));
                    Part part = keys.computeIfAbsent(rows.getString(1),
                            name -> new Part(new ArrayList<>(), parent, new ArrayList<>()));
                    part.columns().add(rows.getString(2));
                    part.parentColumns().add(rows.getString(3));
                }
            }
        }
        return keys.values().stream().map(part -> new ForeignKey(part.columns(), part.parent(), part.parentColumns()))
                .toList();
    }

    private static List<String> strings(Connection connection, String sql, long oid) throws SQLException {
        List<String> strings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    strings.add(rows.getString(1));
                }
            }
        }
        return strings;
    }
}

package dev.stairway.verifier.catalog.postgresql;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.catalog.CatalogReader;
import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.Check;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.DomainType;
import dev.stairway.verifier.schema.EnumType;
import dev.stairway.verifier.schema.Extension;
import dev.stairway.verifier.schema.ForeignKey;
import dev.stairway.verifier.schema.Index;
import dev.stairway.verifier.schema.Key;
import dev.stairway.verifier.schema.Routine;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Sequence;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.schema.Trigger;
import dev.stairway.verifier.schema.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL's catalog reader: the schema from {@code pg_catalog} in the current database, user schemas only,
 * objects that belong to an extension left out. One query per kind of object, whatever the number of tables.
 *
 * <p>Engine: not part of Stairway's API; public for {@link CatalogReader#of}.
 */
public final class PostgresqlCatalogReader implements CatalogReader {

    /** User schemas: neither the system ones nor temporary or toast ones. */
    private static final String USER_NAMESPACE = " n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' ";

    private static String notFromExtension(String catalog, String oid) {
        return " NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = "
                + oid + " AND e.deptype = 'e') ";
    }

    private final String historyTable;
    /** The history table's name as a SQL literal, written into the queries rather than bound (see {@link Batch}). */
    private final String historyTableLiteral;
    /** The tables to describe: user tables, not the history table, not from an extension. */
    private final String tables;

    /** A reader leaving out {@code historyTable}, Flyway's history table. */
    public PostgresqlCatalogReader(String historyTable) {
        this.historyTable = historyTable;
        this.historyTableLiteral = literal(historyTable);
        this.tables = "WITH rel AS (SELECT c.oid, n.nspname, c.relname, c.relispartition FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND" + USER_NAMESPACE
                + " AND c.relname <> " + historyTableLiteral + " AND" + notFromExtension("pg_class", "c.oid") + ") ";
    }

    @Override
    public List<TableRef> dataTables(Connection connection) throws SQLException {
        List<TableRef> tables = new ArrayList<>();
        new Batch().query(this.tables + "SELECT nspname, relname FROM rel WHERE NOT relispartition",
                rows -> tables.add(TableRef.of(rows.getString(1), rows.getString(2)))).run(connection);
        tables.sort(Comparator.comparing(TableRef::name));
        return tables;
    }

    @Override
    public Set<String> volatileAmong(Connection connection, Collection<String> expressions) throws SQLException {
        Set<String> names = expressions.stream().flatMap(expression -> VolatileDefaults.calls(expression).stream())
                .collect(Collectors.toSet());
        Set<String> volatileNames = VolatileDefaults.changingAmong(connection, names);
        return expressions.stream().filter(expression -> VolatileDefaults.readsClock(expression)
                || VolatileDefaults.calls(expression).stream().anyMatch(volatileNames::contains))
                .collect(Collectors.toSet());
    }

    @Override
    public SchemaSnapshot schema(Connection connection) throws SQLException {
        Batch batch = new Batch();
        Map<Long, String> tableNames = new LinkedHashMap<>();
        batch.query(tables + "SELECT oid, nspname, relname FROM rel",
                rows -> tableNames.put(rows.getLong(1), qualified(rows.getString(2), rows.getString(3))));
        Map<Long, List<Column>> columns = new LinkedHashMap<>();
        Map<Column, Set<String>> maybeVolatile = new HashMap<>();
        batch.query(tables + "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                + " pg_get_expr(d.adbin, d.adrelid, true), a.attidentity, a.attgenerated,"
                + VolatileDefaults.DEPENDS_ON_VOLATILE_FUNCTION
                + " FROM pg_attribute a"
                + " JOIN rel ON rel.oid = a.attrelid"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum", rows -> {
                    String expression = rows.getString(5);
                    String generated = switch (rows.getString(7)) {
                        case "s" -> "stored (" + expression + ")";
                        case "v" -> "virtual (" + expression + ")";
                        default -> null;
                    };
                    String identity = switch (rows.getString(6)) {
                        case "a" -> "always";
                        case "d" -> "by default";
                        default -> null;
                    };
                    boolean volatileDefault = generated == null && expression != null
                            && (rows.getBoolean(8) || VolatileDefaults.readsClock(expression));
                    Column column = new Column(rows.getString(2), rows.getString(3), !rows.getBoolean(4),
                            generated == null ? expression : null, identity, generated, volatileDefault);
                    columns.computeIfAbsent(rows.getLong(1), oid -> new ArrayList<>()).add(column);
                    if (!volatileDefault && column.defaultValue() != null) {
                        Set<String> calls = VolatileDefaults.calls(expression);
                        if (!calls.isEmpty()) {
                            maybeVolatile.put(column, calls);
                        }
                    }
                });
        Map<Long, Key> primaryKeys = new LinkedHashMap<>();
        Map<Long, List<Key>> uniqueKeys = new LinkedHashMap<>();
        Map<Long, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
        Map<Long, List<Check>> checks = new LinkedHashMap<>();
        batch.query(tables + "SELECT con.conrelid, con.conname, con.contype,"
                + " ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)"
                + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord),"
                + " fn.nspname, fc.relname,"
                + " ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)"
                + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord),"
                // only checks and exclusions are described by their definition: deparsing keys is not free
                + " con.confupdtype, con.confdeltype,"
                + " CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid, true) END"
                + " FROM pg_constraint con JOIN rel ON rel.oid = con.conrelid"
                + " LEFT JOIN pg_class fc ON fc.oid = con.confrelid"
                + " LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
                + " WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')", rows -> {
                    long table = rows.getLong(1);
                    String name = rows.getString(2);
                    List<String> keyColumns = strings(rows.getArray(4));
                    switch (rows.getString(3)) {
                        case "p" -> primaryKeys.put(table, new Key(name, keyColumns));
                        case "u" -> uniqueKeys.computeIfAbsent(table, oid -> new ArrayList<>())
                                .add(new Key(name, keyColumns));
                        case "f" -> foreignKeys.computeIfAbsent(table, oid -> new ArrayList<>()).add(new ForeignKey(name,
                                keyColumns, qualified(rows.getString(5), rows.getString(6)), strings(rows.getArray(7)),
                                action(rows.getString(8)), action(rows.getString(9))));
                        default -> checks.computeIfAbsent(table, oid -> new ArrayList<>())
                                .add(new Check(name, rows.getString(10)));
                    }
                });
        Map<Long, List<Index>> indexes = new LinkedHashMap<>();
        batch.query(tables + "SELECT i.indrelid, ic.relname, i.indisunique, am.amname, pg_get_expr(i.indpred, i.indrelid, true),"
                + " ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)"
                + "   || CASE WHEN i.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END"
                + "   FROM generate_series(1, i.indnkeyatts) k ORDER BY k)"
                + " FROM pg_index i JOIN rel ON rel.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid"
                + " JOIN pg_am am ON am.oid = ic.relam"
                + " WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid"
                + "   AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))", rows -> {
                    long table = rows.getLong(1);
                    String schema = tableNames.get(table).contains(".")
                            ? tableNames.get(table).substring(0, tableNames.get(table).indexOf('.')) : "public";
                    indexes.computeIfAbsent(table, oid -> new ArrayList<>()).add(new Index(
                            qualified(schema, rows.getString(2)), strings(rows.getArray(6)), rows.getBoolean(3),
                            rows.getString(5), rows.getString(4)));
                });
        List<View> views = new ArrayList<>();
        batch.query("SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid, true) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND" + USER_NAMESPACE
                + " AND" + notFromExtension("pg_class", "c.oid"),
                rows -> views.add(new View(qualified(rows.getString(1), rows.getString(2)), rows.getBoolean(3),
                        collapse(rows.getString(4)))));
        List<Trigger> triggers = new ArrayList<>();
        batch.query("SELECT t.tgname, n.nspname, c.relname, pg_get_triggerdef(t.oid, true) FROM pg_trigger t"
                + " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE NOT t.tgisinternal AND c.relname <> " + historyTableLiteral + " AND" + USER_NAMESPACE + " AND"
                + notFromExtension("pg_class", "c.oid"),
                rows -> triggers.add(new Trigger(rows.getString(1), qualified(rows.getString(2), rows.getString(3)),
                        collapse(rows.getString(4)))));
        List<Sequence> sequences = new ArrayList<>();
        batch.query("SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin,"
                + " s.seqmax, s.seqcycle, dn.nspname, dc.relname, a.attname FROM pg_sequence s"
                + " JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid"
                + "   AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
                + " LEFT JOIN pg_class dc ON dc.oid = d.refobjid LEFT JOIN pg_namespace dn ON dn.oid = dc.relnamespace"
                + " LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                + " WHERE" + USER_NAMESPACE + " AND (dc.relname IS NULL OR dc.relname <> " + historyTableLiteral
                + ") AND" + notFromExtension("pg_class", "c.oid"),
                rows -> sequences.add(new Sequence(qualified(rows.getString(1), rows.getString(2)), rows.getString(3),
                        rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getBoolean(8),
                        rows.getString(10) == null ? null
                                : qualified(rows.getString(9), rows.getString(10)) + "." + rows.getString(11))));
        List<EnumType> enums = new ArrayList<>();
        batch.query("SELECT n.nspname, t.typname, ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid"
                + " ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE t.typtype = 'e' AND" + USER_NAMESPACE + " AND" + notFromExtension("pg_type", "t.oid"),
                rows -> enums.add(new EnumType(qualified(rows.getString(1), rows.getString(2)),
                        strings(rows.getArray(3)))));
        Map<String, List<Check>> domainChecks = new LinkedHashMap<>();
        batch.query("SELECT t.oid, con.conname, pg_get_constraintdef(con.oid, true) FROM pg_constraint con"
                + " JOIN pg_type t ON t.oid = con.contypid WHERE con.contype = 'c'",
                rows -> domainChecks.computeIfAbsent(rows.getString(1), oid -> new ArrayList<>())
                        .add(new Check(rows.getString(2), rows.getString(3))));
        List<DomainType> domains = new ArrayList<>();
        batch.query("SELECT t.oid, n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault"
                + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE t.typtype = 'd' AND" + USER_NAMESPACE + " AND" + notFromExtension("pg_type", "t.oid"),
                rows -> domains.add(new DomainType(qualified(rows.getString(2), rows.getString(3)), rows.getString(4),
                        !rows.getBoolean(5), rows.getString(6), domainChecks.get(rows.getString(1)))));
        List<Routine> routines = new ArrayList<>();
        batch.query("SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid)"
                + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE p.prokind IN ('f', 'p') AND" + USER_NAMESPACE + " AND" + notFromExtension("pg_proc", "p.oid"),
                rows -> routines.add(new Routine(qualified(rows.getString(1), rows.getString(2)) + "("
                        + rows.getString(3) + ")", collapse(rows.getString(4)))));
        List<Extension> extensions = new ArrayList<>();
        batch.query("SELECT extname, extversion FROM pg_extension",
                rows -> extensions.add(new Extension(rows.getString(1), rows.getString(2))));
        batch.run(connection);

        Set<String> volatileNames = VolatileDefaults.volatileAmong(connection,
                maybeVolatile.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        columns.replaceAll((table, list) -> list.stream().map(column -> maybeVolatile.getOrDefault(column, Set.of())
                .stream().anyMatch(volatileNames::contains) ? volatileDefault(column) : column).toList());
        List<Table> tables = new ArrayList<>();
        tableNames.forEach((oid, name) -> tables.add(new Table(name, columns.getOrDefault(oid, List.of()),
                primaryKeys.get(oid), uniqueKeys.get(oid), foreignKeys.get(oid), checks.get(oid), indexes.get(oid))));
        return SchemaSnapshot.of(Dialect.POSTGRESQL, tables, views, triggers, sequences, enums, domains, routines,
                extensions);
    }

    /**
     * Catalog queries sent together as one statement, so that PostgreSQL answers them in one round trip, each
     * result handed to its reader in order. They bind no parameter (the history table's name is a literal): the
     * driver prepares a statement it has run a few times on the server, and a statement without parameters is then
     * planned once, where one with a parameter is planned again on every run.
     */
    private static final class Batch {
        private final List<String> queries = new ArrayList<>();
        private final List<RowReader> readers = new ArrayList<>();

        Batch query(String sql, RowReader reader) {
            queries.add(sql);
            readers.add(reader);
            return this;
        }

        void run(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(String.join(";\n", queries))) {
                boolean hasResult = statement.execute();
                for (int i = 0; i < readers.size(); i++) {
                    if (!hasResult) {
                        throw new SQLException("Expected " + readers.size() + " results of the catalog queries from"
                                + " PostgreSQL, but got " + i + ": " + queries.get(i));
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        while (rows.next()) {
                            readers.get(i).read(rows);
                        }
                    }
                    hasResult = statement.getMoreResults();
                }
            }
        }
    }

    private static Column volatileDefault(Column column) {
        return new Column(column.name(), column.type(), column.nullable(), column.defaultValue(), column.identity(),
                column.generated(), true);
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String qualified(String schema, String name) {
        return schema == null || schema.equals("public") ? name : schema + "." + name;
    }

    /** {@code text} as a SQL string literal, whatever {@code standard_conforming_strings} says. */
    private static String literal(String text) {
        String quoted = "'" + text.replace("'", "''") + "'";
        return text.contains("\\") ? "E" + quoted.replace("\\", "\\\\") : quoted;
    }

    private static String collapse(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    private static String action(String code) {
        return switch (code == null ? "" : code) {
            case "r" -> "restrict";
            case "c" -> "cascade";
            case "n" -> "set null";
            case "d" -> "set default";
            default -> "no action";
        };
    }
}

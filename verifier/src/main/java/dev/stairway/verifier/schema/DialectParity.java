package dev.stairway.verifier.schema;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.sql.SqlLexer;
import dev.stairway.verifier.sql.SqlToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the SQLite and PostgreSQL schemas of one history logically: tables, column names and
 * nullability, types by {@link TypeFamily#parity()}, primary, unique and foreign keys, and indexed columns. Names are
 * compared ignoring case; constraint and index names, defaults and checks are not compared, since dialects
 * spell them differently.
 *
 * <p>Types match when their families are equal, or when SQLite keeps the PostgreSQL family the way SQLite
 * documents it, having no storage class of its own for it: JSON as TEXT, boolean as INTEGER, timestamps as
 * TEXT or INTEGER. A SQLite {@code TEXT} column against a PostgreSQL {@code bigint} one is a divergence.
 *
 * <p>Names are compared as the database reads them: a quoted name as its content, so {@code "time"} (PostgreSQL
 * quotes reserved words) matches SQLite's {@code time}.
 *
 * <p>Primary key columns count as not null in both dialects (SQLite's {@code INTEGER PRIMARY KEY} is the
 * rowid). Unique keys are unique constraints and unique indexes without a predicate; indexed columns are the
 * column lists of the other indexes.
 */
public final class DialectParity {

    private DialectParity() {
    }

    /**
     * The divergences between {@code sqlite} and {@code postgresql}, tables in name order; empty when they
     * agree.
     *
     * @throws IllegalArgumentException when the snapshots are not a SQLite and a PostgreSQL one, in that order
     */
    public static List<ParityDivergence> compare(SchemaSnapshot sqlite, SchemaSnapshot postgresql) {
        if (sqlite.dialect() != Dialect.SQLITE || postgresql.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("DialectParity.compare takes a sqlite snapshot, then a postgresql one,"
                    + " but got " + sqlite.dialect() + " and " + postgresql.dialect() + ". Swap the arguments.");
        }
        List<ParityDivergence> divergences = new ArrayList<>();
        Map<String, Table> sqliteTables = byLowerName(sqlite.tables());
        Map<String, Table> postgresqlTables = byLowerName(postgresql.tables());
        Set<String> names = new java.util.TreeSet<>(sqliteTables.keySet());
        names.addAll(postgresqlTables.keySet());
        for (String name : names) {
            Table left = sqliteTables.get(name);
            Table right = postgresqlTables.get(name);
            if (left == null || right == null) {
                Table present = left == null ? right : left;
                divergences.add(new ParityDivergence(ParityDivergence.Aspect.TABLE, present.name(),
                        "table " + present.name(), left == null ? null : "present", right == null ? null : "present"));
            } else {
                new TableParity(left, right, postgresql, divergences).compare();
            }
        }
        return List.copyOf(divergences);
    }

    private static Map<String, Table> byLowerName(List<Table> tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        tables.forEach(table -> map.putIfAbsent(lower(table.name()), table));
        return map;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(DialectParity::lower).toList();
    }

    private static String list(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    /** Compares one table present in both dialects. */
    private record TableParity(Table sqlite, Table postgresql, SchemaSnapshot postgresqlSchema,
            List<ParityDivergence> divergences) {

        void compare() {
            String table = sqlite.name();
            Set<String> sqliteKey = keyColumns(sqlite);
            Set<String> postgresqlKey = keyColumns(postgresql);
            for (Column column : sqlite.columns()) {
                Column other = postgresql.column(column.name());
                String object = "column " + table + "." + column.name();
                if (other == null) {
                    add(ParityDivergence.Aspect.COLUMN, object, "present", null);
                    continue;
                }
                boolean sqliteNullable = column.nullable() && !sqliteKey.contains(lower(column.name()));
                boolean postgresqlNullable = other.nullable() && !postgresqlKey.contains(lower(other.name()));
                if (sqliteNullable != postgresqlNullable) {
                    add(ParityDivergence.Aspect.NULLABILITY, object, nullability(sqliteNullable),
                            nullability(postgresqlNullable));
                }
                TypeFamily sqliteFamily = TypeFamily.of(Dialect.SQLITE, column.type()).parity();
                TypeFamily postgresqlFamily = postgresqlSchema.typeOf(other).family().parity();
                if (!compatible(sqliteFamily, postgresqlFamily)) {
                    add(ParityDivergence.Aspect.TYPE_FAMILY, object,
                            sqliteFamily + " (" + (column.type().isEmpty() ? "no type" : column.type()) + ")",
                            postgresqlFamily + " (" + other.type() + ")");
                }
            }
            for (Column column : postgresql.columns()) {
                if (sqlite.column(column.name()) == null) {
                    add(ParityDivergence.Aspect.COLUMN, "column " + table + "." + column.name(), null, "present");
                }
            }
            List<String> sqlitePrimary = sqlite.primaryKey() == null ? List.of() : lower(sqlite.primaryKey().columns());
            List<String> postgresqlPrimary = postgresql.primaryKey() == null ? List.of()
                    : lower(postgresql.primaryKey().columns());
            if (!sqlitePrimary.equals(postgresqlPrimary)) {
                add(ParityDivergence.Aspect.PRIMARY_KEY, "primary key of " + table,
                        sqlitePrimary.isEmpty() ? "none" : list(sqlitePrimary),
                        postgresqlPrimary.isEmpty() ? "none" : list(postgresqlPrimary));
            }
            presence(ParityDivergence.Aspect.UNIQUE_KEY, "unique key " + table, uniqueKeys(sqlite, Dialect.SQLITE),
                    uniqueKeys(postgresql, Dialect.POSTGRESQL));
            foreignKeys(table);
            presence(ParityDivergence.Aspect.INDEX, "index on " + table, indexed(sqlite, Dialect.SQLITE),
                    indexed(postgresql, Dialect.POSTGRESQL));
        }

        private void foreignKeys(String table) {
            Map<List<String>, List<ForeignKey>> left = new LinkedHashMap<>();
            sqlite.foreignKeys().forEach(key -> left.computeIfAbsent(lower(key.columns()), k -> new ArrayList<>()).add(key));
            Map<List<String>, List<ForeignKey>> right = new LinkedHashMap<>();
            postgresql.foreignKeys().forEach(key -> right.computeIfAbsent(lower(key.columns()), k -> new ArrayList<>())
                    .add(key));
            left.forEach((columns, keys) -> {
                List<ForeignKey> others = new ArrayList<>(right.getOrDefault(columns, List.of()));
                List<ForeignKey> unmatched = new ArrayList<>();
                // a column may carry several foreign keys: the same ones in both dialects pair up first
                for (ForeignKey key : keys) {
                    if (!others.removeIf(other -> signature(other).equals(signature(key)))) {
                        unmatched.add(key);
                    }
                }
                for (int i = 0; i < unmatched.size(); i++) {
                    foreignKey(table, columns, unmatched.get(i), i < others.size() ? others.get(i) : null);
                }
                for (int i = unmatched.size(); i < others.size(); i++) {
                    add(ParityDivergence.Aspect.FOREIGN_KEY, "foreign key " + table + list(columns), null, "present");
                }
            });
            right.keySet().stream().filter(columns -> !left.containsKey(columns)).forEach(columns ->
                    add(ParityDivergence.Aspect.FOREIGN_KEY, "foreign key " + table + list(columns), null, "present"));
        }

        /** What a foreign key means, names aside: its target and actions, lower case. */
        private static String signature(ForeignKey key) {
            return lower(key.referencedTable()) + list(lower(key.referencedColumns())) + " " + key.onDelete() + " "
                    + key.onUpdate();
        }

        private void foreignKey(String table, List<String> columns, ForeignKey key, ForeignKey other) {
            String object = "foreign key " + table + list(columns);
            if (other == null) {
                add(ParityDivergence.Aspect.FOREIGN_KEY, object, "present", null);
                return;
            }
            String sqliteTarget = lower(key.referencedTable()) + list(lower(key.referencedColumns()));
            String postgresqlTarget = lower(other.referencedTable()) + list(lower(other.referencedColumns()));
            if (!sqliteTarget.equals(postgresqlTarget)) {
                add(ParityDivergence.Aspect.FOREIGN_KEY_TARGET, object, sqliteTarget, postgresqlTarget);
            }
            if (!Objects.equals(key.onDelete(), other.onDelete())) {
                add(ParityDivergence.Aspect.ON_DELETE, object, key.onDelete(), other.onDelete());
            }
            if (!Objects.equals(key.onUpdate(), other.onUpdate())) {
                add(ParityDivergence.Aspect.ON_UPDATE, object, key.onUpdate(), other.onUpdate());
            }
        }

        private void presence(ParityDivergence.Aspect aspect, String prefix, Set<List<String>> left,
                Set<List<String>> right) {
            left.stream().filter(columns -> !right.contains(columns))
                    .forEach(columns -> add(aspect, prefix + list(columns), "present", null));
            right.stream().filter(columns -> !left.contains(columns))
                    .forEach(columns -> add(aspect, prefix + list(columns), null, "present"));
        }

        /** SQLite has no JSON, boolean or date storage class: it keeps them as TEXT and INTEGER, by its own documentation. */
        private static boolean compatible(TypeFamily sqliteFamily, TypeFamily postgresqlFamily) {
            return sqliteFamily == postgresqlFamily
                    || postgresqlFamily == TypeFamily.JSON && sqliteFamily == TypeFamily.TEXT
                    || postgresqlFamily == TypeFamily.BOOLEAN && sqliteFamily == TypeFamily.INTEGER
                    || postgresqlFamily == TypeFamily.TIMESTAMP
                            && (sqliteFamily == TypeFamily.TEXT || sqliteFamily == TypeFamily.INTEGER);
        }

        private static Set<String> keyColumns(Table table) {
            return table.primaryKey() == null ? Set.of() : Set.copyOf(lower(table.primaryKey().columns()));
        }

        private static Set<List<String>> uniqueKeys(Table table, Dialect dialect) {
            Set<List<String>> keys = new LinkedHashSet<>();
            table.uniqueKeys().forEach(key -> keys.add(lower(key.columns())));
            table.indexes().stream().filter(index -> index.unique() && index.predicate() == null)
                    .forEach(index -> keys.add(items(index, dialect)));
            return keys;
        }

        private static Set<List<String>> indexed(Table table, Dialect dialect) {
            Set<List<String>> keys = new LinkedHashSet<>();
            table.indexes().stream().filter(index -> !index.unique() || index.predicate() != null)
                    .forEach(index -> keys.add(items(index, dialect)));
            return keys;
        }

        /** An index's items, lower case, with quoted names written as their content: {@code "time"} is {@code time}. */
        private static List<String> items(Index index, Dialect dialect) {
            return lower(index.columns().stream().map(item -> unquoted(item, dialect)).toList());
        }

        private static String unquoted(String item, Dialect dialect) {
            StringBuilder text = new StringBuilder();
            int from = 0;
            for (SqlToken token : SqlLexer.tokens(item, dialect)) {
                if (token.kind() == SqlToken.Kind.QUOTED) {
                    text.append(item, from, token.start()).append(token.value());
                    from = token.end();
                }
            }
            return text.append(item.substring(from)).toString();
        }

        private static String nullability(boolean nullable) {
            return nullable ? "nullable" : "not null";
        }

        private void add(ParityDivergence.Aspect aspect, String object, String sqliteValue, String postgresqlValue) {
            divergences.add(new ParityDivergence(aspect, sqlite.name(), object, sqliteValue, postgresqlValue));
        }
    }
}

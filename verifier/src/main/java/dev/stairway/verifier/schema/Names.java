package dev.stairway.verifier.schema;

import dev.stairway.fixtures.Dialect;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** How names sort and compare: PostgreSQL names exactly, SQLite names ignoring case. */
final class Names {

    private Names() {
    }

    static <T> Comparator<T> byName(Function<T, String> name) {
        Comparator<String> text = Comparator.comparing((String value) -> value.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder());
        return Comparator.comparing(value -> name.apply(value) == null ? "" : name.apply(value), text);
    }

    static boolean same(Dialect dialect, String one, String other) {
        return dialect == Dialect.SQLITE ? one.equalsIgnoreCase(other) : one.equals(other);
    }

    static String key(Dialect dialect, String name) {
        return name == null ? null : dialect == Dialect.SQLITE ? name.toLowerCase(Locale.ROOT) : name;
    }

    static String keyOf(Key key) {
        return key.name() != null ? key.name() : "(" + String.join(", ", key.columns()) + ")";
    }

    static String keyOf(ForeignKey key) {
        return key.name() != null ? key.name() : "(" + String.join(", ", key.columns()) + ")";
    }

    static String keyOf(Check check) {
        return check.name() != null ? check.name() : "(" + check.expression() + ")";
    }

    static Table sortedParts(Table table) {
        return new Table(table.name(), table.columns(), table.primaryKey(),
                table.uniqueKeys().stream().sorted(byName(Names::keyOf)).toList(),
                table.foreignKeys().stream().sorted(Names.<ForeignKey>byName(Names::keyOf).thenComparing(ForeignKey::toString))
                        .toList(),
                table.checks().stream().sorted(byName(Names::keyOf)).toList(),
                table.indexes().stream().sorted(byName(Index::name)).toList());
    }

    static DomainType sortedParts(DomainType domain) {
        return new DomainType(domain.name(), domain.baseType(), domain.nullable(), domain.defaultValue(),
                domain.checks().stream().sorted(byName(Names::keyOf)).toList());
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** The table with SQLite names in lower case; PostgreSQL tables unchanged. */
    static Table fold(Dialect dialect, Table table) {
        if (dialect != Dialect.SQLITE) {
            return table;
        }
        return sortedParts(new Table(lower(table.name()),
                table.columns().stream().map(column -> new Column(lower(column.name()), column.type(),
                        column.nullable(), column.defaultValue(), column.identity(), column.generated(),
                        column.volatileDefault())).toList(),
                table.primaryKey() == null ? null : fold(table.primaryKey()),
                table.uniqueKeys().stream().map(Names::fold).toList(),
                table.foreignKeys().stream().map(key -> new ForeignKey(lower(key.name()), lower(key.columns()),
                        lower(key.referencedTable()), lower(key.referencedColumns()), key.onUpdate(), key.onDelete()))
                        .toList(),
                table.checks().stream().map(check -> new Check(lower(check.name()), check.expression())).toList(),
                table.indexes().stream().map(index -> new Index(lower(index.name()), lower(index.columns()),
                        index.unique(), index.predicate(), index.method())).toList()));
    }

    private static Key fold(Key key) {
        return new Key(lower(key.name()), lower(key.columns()));
    }

    static View fold(Dialect dialect, View view) {
        return dialect != Dialect.SQLITE ? view : new View(lower(view.name()), view.materialized(), view.definition());
    }

    static Trigger fold(Dialect dialect, Trigger trigger) {
        return dialect != Dialect.SQLITE ? trigger
                : new Trigger(lower(trigger.name()), lower(trigger.table()), trigger.definition());
    }
}

package dev.stairway.verifier.schema;

import dev.stairway.fixtures.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What differs between an expected and an actual {@link SchemaSnapshot} of one dialect: objects present
 * that were expected absent, absent that were expected present, or changed, each as a
 * {@link SchemaDifference} with a one-line description. A table whose columns only changed order yields a
 * {@linkplain #notices() notice}, not a difference.
 *
 * <pre>{@code
 * SchemaDiff diff = SchemaDiff.between(beforeUp, afterDown);
 * diff.differences().forEach(d -> System.out.println(d.description()));
 * // index chat_user_idx is still present (expected absent)
 * }</pre>
 */
public final class SchemaDiff {

    private final List<SchemaDifference> differences;
    private final List<SchemaDifference> notices;

    private SchemaDiff(List<SchemaDifference> differences, List<SchemaDifference> notices) {
        this.differences = List.copyOf(differences);
        this.notices = List.copyOf(notices);
    }

    /**
     * Compares {@code actual} with {@code expected}. Objects are matched by name (SQLite: ignoring case;
     * SQLite constraints, which have no kept name, by their columns or expression).
     *
     * @throws IllegalArgumentException when the snapshots come from different dialects
     */
    public static SchemaDiff between(SchemaSnapshot expected, SchemaSnapshot actual) {
        if (expected.dialect() != actual.dialect()) {
            throw new IllegalArgumentException("SchemaDiff compares snapshots of one dialect, but expected is "
                    + expected.dialect() + " and actual is " + actual.dialect()
                    + ". Use DialectParity.compare(sqlite, postgresql) to compare dialects.");
        }
        Walker walker = new Walker(expected.dialect());
        walker.compare(expected, actual);
        return new SchemaDiff(walker.differences, walker.notices);
    }

    /** Whether there is no difference; {@linkplain #notices() notices} do not count. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** The differences, tables first (in name order), then views, triggers, sequences, types, functions, extensions. */
    public List<SchemaDifference> differences() {
        return differences;
    }

    /** Notices: tables whose columns are the same but in another order ({@link SchemaDifference.Reordered}). */
    public List<SchemaDifference> notices() {
        return notices;
    }

    /** One description per line: differences, then notices prefixed with {@code notice: }; empty when both are. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        differences.forEach(difference -> text.append(difference.description()).append('\n'));
        notices.forEach(notice -> text.append("notice: ").append(notice.description()).append('\n'));
        return text.toString();
    }

    /** Walks two snapshots, collecting differences. */
    private static final class Walker {

        private final Dialect dialect;
        private final List<SchemaDifference> differences = new ArrayList<>();
        private final List<SchemaDifference> notices = new ArrayList<>();

        Walker(Dialect dialect) {
            this.dialect = dialect;
        }

        void compare(SchemaSnapshot expected, SchemaSnapshot actual) {
            match(ObjectKind.TABLE, expected.tables(), actual.tables(), Table::name, Table::name, this::table);
            match(ObjectKind.VIEW, expected.views(), actual.views(), View::name, View::name, (e, a) -> {
                changed(ObjectKind.VIEW, e.name(), "materialization", materialized(e), materialized(a));
                changed(ObjectKind.VIEW, e.name(), "definition", e.definition(), a.definition());
            });
            match(ObjectKind.TRIGGER, expected.triggers(), actual.triggers(),
                    trigger -> trigger.table() + " " + trigger.name(), Walker::triggerName,
                    (e, a) -> changed(ObjectKind.TRIGGER, triggerName(e), "definition", e.definition(),
                            a.definition()));
            match(ObjectKind.SEQUENCE, expected.sequences(), actual.sequences(), Sequence::name, Sequence::name,
                    this::sequence);
            match(ObjectKind.ENUM_TYPE, expected.enumTypes(), actual.enumTypes(), EnumType::name, EnumType::name,
                    (e, a) -> changed(ObjectKind.ENUM_TYPE, e.name(), "labels", SnapshotText.labels(e.labels()),
                            SnapshotText.labels(a.labels())));
            match(ObjectKind.DOMAIN_TYPE, expected.domainTypes(), actual.domainTypes(), DomainType::name,
                    DomainType::name, this::domain);
            match(ObjectKind.FUNCTION, expected.functions(), actual.functions(), Routine::name, Routine::name,
                    (e, a) -> changed(ObjectKind.FUNCTION, e.name(), "definition", e.definition(), a.definition()));
            match(ObjectKind.EXTENSION, expected.extensions(), actual.extensions(), Extension::name,
                    Extension::name, (e, a) -> { });
        }

        private static String triggerName(Trigger trigger) {
            return trigger.name() + " on " + trigger.table();
        }

        private static String materialized(View view) {
            return view.materialized() ? "materialized" : "not materialized";
        }

        private void table(Table expected, Table actual) {
            String table = expected.name();
            match(ObjectKind.COLUMN, expected.columns(), actual.columns(), Column::name,
                    column -> table + "." + column.name(), (e, a) -> column(table + "." + e.name(), e, a));
            List<String> expectedOrder = common(expected.columns(), actual.columns());
            List<String> actualOrder = common(actual.columns(), expected.columns());
            if (!keys(expectedOrder).equals(keys(actualOrder))) {
                notices.add(new SchemaDifference.Reordered(ObjectKind.TABLE, table,
                        expected.columns().stream().map(Column::name).toList(),
                        actual.columns().stream().map(Column::name).toList()));
            }
            primaryKey(table, expected.primaryKey(), actual.primaryKey());
            match(ObjectKind.UNIQUE_KEY, expected.uniqueKeys(), actual.uniqueKeys(), Names::keyOf,
                    key -> Names.keyOf(key) + " on " + table,
                    (e, a) -> changedList(ObjectKind.UNIQUE_KEY, Names.keyOf(e) + " on " + table, "columns",
                            e.columns(), a.columns()));
            match(ObjectKind.FOREIGN_KEY, expected.foreignKeys(), actual.foreignKeys(), Names::keyOf,
                    key -> Names.keyOf(key) + " on " + table, (e, a) -> foreignKey(Names.keyOf(e) + " on " + table,
                            e, a));
            checks(table, expected.checks(), actual.checks());
            match(ObjectKind.INDEX, expected.indexes(), actual.indexes(), Index::name, Index::name, this::index);
        }

        private void column(String name, Column expected, Column actual) {
            changed(ObjectKind.COLUMN, name, "type", expected.type(), actual.type());
            changed(ObjectKind.COLUMN, name, "nullability", nullability(expected.nullable()),
                    nullability(actual.nullable()));
            changed(ObjectKind.COLUMN, name, "default", expected.defaultValue(), actual.defaultValue());
            if (Objects.equals(expected.defaultValue(), actual.defaultValue())) {
                changed(ObjectKind.COLUMN, name, "default volatility", volatility(expected), volatility(actual));
            }
            changed(ObjectKind.COLUMN, name, "identity", expected.identity(), actual.identity());
            changed(ObjectKind.COLUMN, name, "generated", expected.generated(), actual.generated());
        }

        private static String nullability(boolean nullable) {
            return nullable ? "nullable" : "not null";
        }

        /** How a default's volatility reads in a difference; null without a default, as there is none to tell. */
        private static String volatility(Column column) {
            return column.defaultValue() == null ? null : column.volatileDefault() ? "volatile" : "not volatile";
        }

        private void primaryKey(String table, Key expected, Key actual) {
            if (expected == null && actual == null) {
                return;
            }
            if (expected == null) {
                differences.add(new SchemaDifference.Added(ObjectKind.PRIMARY_KEY, primaryKeyName(actual, table)));
            } else if (actual == null) {
                differences.add(new SchemaDifference.Removed(ObjectKind.PRIMARY_KEY, primaryKeyName(expected, table)));
            } else {
                changed(ObjectKind.PRIMARY_KEY, "on " + table, "name", expected.name(), actual.name());
                changedList(ObjectKind.PRIMARY_KEY, primaryKeyName(expected, table), "columns", expected.columns(),
                        actual.columns());
            }
        }

        private static String primaryKeyName(Key key, String table) {
            return (key.name() == null ? "" : key.name() + " ") + "on " + table;
        }

        private void foreignKey(String name, ForeignKey expected, ForeignKey actual) {
            changedList(ObjectKind.FOREIGN_KEY, name, "columns", expected.columns(), actual.columns());
            if (!Objects.equals(Names.key(dialect, expected.referencedTable()), Names.key(dialect, actual.referencedTable()))
                    || !keys(expected.referencedColumns()).equals(keys(actual.referencedColumns()))) {
                differences.add(new SchemaDifference.Changed(ObjectKind.FOREIGN_KEY, name, "references",
                        SnapshotText.references(expected), SnapshotText.references(actual)));
            }
            changed(ObjectKind.FOREIGN_KEY, name, "on update", expected.onUpdate(), actual.onUpdate());
            changed(ObjectKind.FOREIGN_KEY, name, "on delete", expected.onDelete(), actual.onDelete());
        }

        private void checks(String table, List<Check> expected, List<Check> actual) {
            List<Check> removed = new ArrayList<>();
            List<Check> added = new ArrayList<>();
            Map<String, Check> actualByKey = byKey(actual, Names::keyOf);
            Map<String, Check> expectedByKey = byKey(expected, Names::keyOf);
            for (Check check : expected) {
                Check other = actualByKey.get(Names.key(dialect, Names.keyOf(check)));
                if (other == null) {
                    removed.add(check);
                } else {
                    changed(ObjectKind.CHECK, check.name() + " on " + table, "expression", check.expression(),
                            other.expression());
                }
            }
            for (Check check : actual) {
                if (!expectedByKey.containsKey(Names.key(dialect, Names.keyOf(check)))) {
                    added.add(check);
                }
            }
            // An unnamed check whose expression changed has no name to match on: pair it with its replacement.
            List<Check> unnamedRemoved = removed.stream().filter(check -> check.name() == null).toList();
            List<Check> unnamedAdded = added.stream().filter(check -> check.name() == null).toList();
            int pairs = Math.min(unnamedRemoved.size(), unnamedAdded.size());
            for (int i = 0; i < pairs; i++) {
                changed(ObjectKind.CHECK, "on " + table, "expression", unnamedRemoved.get(i).expression(),
                        unnamedAdded.get(i).expression());
            }
            removed.stream().filter(check -> check.name() != null || unnamedRemoved.indexOf(check) >= pairs)
                    .forEach(check -> differences.add(new SchemaDifference.Removed(ObjectKind.CHECK,
                            Names.keyOf(check) + " on " + table)));
            added.stream().filter(check -> check.name() != null || unnamedAdded.indexOf(check) >= pairs)
                    .forEach(check -> differences.add(new SchemaDifference.Added(ObjectKind.CHECK,
                            Names.keyOf(check) + " on " + table)));
        }

        private void index(Index expected, Index actual) {
            String name = expected.name();
            changedList(ObjectKind.INDEX, name, "columns", expected.columns(), actual.columns());
            changed(ObjectKind.INDEX, name, "uniqueness", expected.unique() ? "unique" : "not unique",
                    actual.unique() ? "unique" : "not unique");
            changed(ObjectKind.INDEX, name, "predicate", expected.predicate(), actual.predicate());
            changed(ObjectKind.INDEX, name, "method", expected.method(), actual.method());
        }

        private void sequence(Sequence expected, Sequence actual) {
            String name = expected.name();
            changed(ObjectKind.SEQUENCE, name, "type", expected.type(), actual.type());
            changed(ObjectKind.SEQUENCE, name, "start", "" + expected.start(), "" + actual.start());
            changed(ObjectKind.SEQUENCE, name, "increment", "" + expected.increment(), "" + actual.increment());
            changed(ObjectKind.SEQUENCE, name, "minimum", "" + expected.minimum(), "" + actual.minimum());
            changed(ObjectKind.SEQUENCE, name, "maximum", "" + expected.maximum(), "" + actual.maximum());
            changed(ObjectKind.SEQUENCE, name, "cycle", "" + expected.cycle(), "" + actual.cycle());
            changed(ObjectKind.SEQUENCE, name, "owned by", expected.ownedBy(), actual.ownedBy());
        }

        private void domain(DomainType expected, DomainType actual) {
            String name = expected.name();
            changed(ObjectKind.DOMAIN_TYPE, name, "base type", expected.baseType(), actual.baseType());
            changed(ObjectKind.DOMAIN_TYPE, name, "nullability", nullability(expected.nullable()),
                    nullability(actual.nullable()));
            changed(ObjectKind.DOMAIN_TYPE, name, "default", expected.defaultValue(), actual.defaultValue());
            changed(ObjectKind.DOMAIN_TYPE, name, "checks", checks(expected.checks()), checks(actual.checks()));
        }

        private static String checks(List<Check> checks) {
            return checks.isEmpty() ? null
                    : String.join(", ", checks.stream().map(SnapshotText::check).toList());
        }

        private <T> void match(ObjectKind kind, List<T> allExpected, List<T> allActual, Function<T, String> key,
                Function<T, String> display, BiConsumer<T, T> compare) {
            // identical ones pair up first: a column may carry two unnamed foreign keys with the same key text
            List<T> expected = new ArrayList<>(allExpected);
            List<T> actual = new ArrayList<>(allActual);
            for (T value : allExpected) {
                if (actual.remove(value)) {
                    expected.remove(value);
                }
            }
            Map<String, T> actualByKey = byKey(actual, key);
            Map<String, T> expectedByKey = byKey(expected, key);
            for (T value : expected) {
                T other = actualByKey.get(Names.key(dialect, key.apply(value)));
                if (other == null) {
                    differences.add(new SchemaDifference.Removed(kind, display.apply(value)));
                } else {
                    compare.accept(value, other);
                }
            }
            for (T value : actual) {
                if (!expectedByKey.containsKey(Names.key(dialect, key.apply(value)))) {
                    differences.add(new SchemaDifference.Added(kind, display.apply(value)));
                }
            }
        }

        private <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
            Map<String, T> map = new LinkedHashMap<>();
            values.forEach(value -> map.putIfAbsent(Names.key(dialect, key.apply(value)), value));
            return map;
        }

        private void changed(ObjectKind kind, String object, String attribute, String expected, String actual) {
            if (!Objects.equals(expected, actual)) {
                differences.add(new SchemaDifference.Changed(kind, object, attribute, none(expected), none(actual)));
            }
        }

        private void changedList(ObjectKind kind, String object, String attribute, List<String> expected,
                List<String> actual) {
            if (!keys(expected).equals(keys(actual))) {
                differences.add(new SchemaDifference.Changed(kind, object, attribute, SnapshotText.columns(expected),
                        SnapshotText.columns(actual)));
            }
        }

        private static String none(String value) {
            return value == null ? "none" : value;
        }

        private List<String> keys(List<String> names) {
            return names.stream().map(name -> Names.key(dialect, name)).toList();
        }

        private List<String> common(List<Column> columns, List<Column> others) {
            List<String> otherKeys = keys(others.stream().map(Column::name).toList());
            return columns.stream().map(Column::name)
                    .filter(name -> otherKeys.contains(Names.key(dialect, name))).toList();
        }
    }
}

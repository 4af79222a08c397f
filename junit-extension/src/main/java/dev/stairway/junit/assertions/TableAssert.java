package dev.stairway.junit.assertions;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.Index;
import dev.stairway.verifier.schema.Key;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one table of a snapshot; start with {@link SchemaSnapshotAssert#table(String)}. */
public final class TableAssert extends AbstractAssert<TableAssert, Table> {

    private final Dialect dialect;
    private final SchemaSnapshot schema;

    TableAssert(Table actual, SchemaSnapshot schema) {
        super(actual, TableAssert.class);
        this.dialect = schema.dialect();
        this.schema = schema;
    }

    /** Verifies the table has a column called {@code name}, and returns assertions on it. */
    public ColumnAssert hasColumn(String name) {
        Column column = column(name);
        if (column == null) {
            fail("Expecting table " + actual.name() + " to have column \"" + name + "\" but it has "
                    + Names.listed("columns", columnNames()));
        }
        return new ColumnAssert(column, actual.name(), schema);
    }

    /** Verifies the table has no column called {@code name}. */
    public TableAssert doesNotHaveColumn(String name) {
        if (column(name) != null) {
            fail("Expecting table " + actual.name() + " not to have column \"" + name + "\" but it has");
        }
        return this;
    }

    /** Verifies the table's primary key is exactly {@code columns}, in that order. */
    public TableAssert hasPrimaryKey(String... columns) {
        Key key = actual.primaryKey();
        if (key == null || !sameColumns(key.columns(), columns)) {
            fail("Expecting table " + actual.name() + " to have primary key " + Names.columns(columns)
                    + " but " + (key == null ? "it has none" : "it is " + Names.columns(key.columns())));
        }
        return this;
    }

    /** Verifies the table has a unique key (a constraint or a unique index) on exactly {@code columns}. */
    public TableAssert hasUniqueKey(String... columns) {
        boolean found = actual.uniqueKeys().stream().anyMatch(key -> sameColumns(key.columns(), columns))
                || actual.indexes().stream().anyMatch(index -> index.unique() && index.predicate() == null
                        && sameColumns(index.columns(), columns));
        if (!found) {
            fail("Expecting table " + actual.name() + " to have a unique key on " + Names.columns(columns)
                    + " but it has " + Names.listed("indexes", indexes()));
        }
        return this;
    }

    /** Verifies the table has a foreign key from exactly {@code columns} to {@code referencedTable}. */
    public TableAssert hasForeignKeyTo(String referencedTable, String... columns) {
        boolean found = actual.foreignKeys().stream().anyMatch(key -> sameColumns(key.columns(), columns)
                && Names.same(dialect, key.referencedTable(), referencedTable));
        if (!found) {
            List<String> keys = actual.foreignKeys().stream().map(key -> Names.columns(key.columns()) + " -> "
                    + key.referencedTable() + Names.columns(key.referencedColumns())).toList();
            fail("Expecting table " + actual.name() + " to have a foreign key " + Names.columns(columns)
                    + " -> " + referencedTable + " but it has " + Names.listed("foreign keys", keys));
        }
        return this;
    }

    /**
     * Verifies the table has an index on exactly {@code columns}, in that order: an index of its own, a unique key
     * or the primary key.
     */
    public TableAssert hasIndexOn(String... columns) {
        if (!indexedOn(columns)) {
            fail("Expecting table " + actual.name() + " to have an index on " + Names.columns(columns)
                    + " but it has " + Names.listed("indexes", indexes()));
        }
        return this;
    }

    /** Verifies the table has no index, unique key or primary key on exactly {@code columns}. */
    public TableAssert doesNotHaveIndexOn(String... columns) {
        if (indexedOn(columns)) {
            fail("Expecting table " + actual.name() + " not to have an index on "
                    + Names.columns(columns) + " but it has " + Names.listed("indexes", indexes()));
        }
        return this;
    }

    private boolean indexedOn(String... columns) {
        return actual.primaryKey() != null && sameColumns(actual.primaryKey().columns(), columns)
                || actual.uniqueKeys().stream().anyMatch(key -> sameColumns(key.columns(), columns))
                || actual.indexes().stream().anyMatch(index -> sameColumns(index.columns(), columns));
    }

    /** The table's indexes as messages name them: {@code primary key (id)}, {@code chat_user_idx (user_id)}. */
    private List<String> indexes() {
        List<String> names = new ArrayList<>();
        if (actual.primaryKey() != null) {
            names.add(named("primary key", actual.primaryKey().name(), actual.primaryKey().columns()));
        }
        actual.uniqueKeys().forEach(key -> names.add(named("unique", key.name(), key.columns())));
        for (Index index : actual.indexes()) {
            names.add((index.unique() ? "unique " : "") + index.name() + " " + Names.columns(index.columns())
                    + (index.predicate() == null ? "" : " where " + index.predicate()));
        }
        return names;
    }

    private static String named(String kind, String name, List<String> columns) {
        return kind + (name == null ? "" : " " + name) + " " + Names.columns(columns);
    }

    private Column column(String name) {
        return actual.columns().stream().filter(column -> Names.same(dialect, column.name(), name)).findFirst()
                .orElse(null);
    }

    private List<String> columnNames() {
        return actual.columns().stream().map(Column::name).toList();
    }

    private boolean sameColumns(List<String> found, String... expected) {
        return Names.folded(dialect, found).equals(Names.folded(dialect, List.of(expected)));
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}

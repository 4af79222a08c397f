package dev.stairway.junit.assertions;

import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.schema.View;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a whole {@link SchemaSnapshot}; start with {@link StairwayAssertions#assertThat(SchemaSnapshot)}. */
public final class SchemaSnapshotAssert extends AbstractAssert<SchemaSnapshotAssert, SchemaSnapshot> {

    SchemaSnapshotAssert(SchemaSnapshot actual) {
        super(actual, SchemaSnapshotAssert.class);
    }

    /** Verifies the schema has a table called {@code name}. */
    public SchemaSnapshotAssert hasTable(String name) {
        existingTable(name);
        return this;
    }

    /** Verifies the schema has no table called {@code name}. */
    public SchemaSnapshotAssert doesNotHaveTable(String name) {
        isNotNull();
        if (actual.table(name).isPresent()) {
            fail("Expecting schema not to have table \"" + name + "\" but it has");
        }
        return this;
    }

    /** Verifies the schema has a view (plain or materialized) called {@code name}. */
    public SchemaSnapshotAssert hasView(String name) {
        isNotNull();
        List<String> views = actual.views().stream().map(View::name).toList();
        if (views.stream().noneMatch(view -> Names.same(actual.dialect(), view, name))) {
            fail("Expecting schema to have view \"" + name + "\" but it has " + Names.listed("views", views));
        }
        return this;
    }

    /**
     * Verifies {@code table} has an index on exactly {@code columns}, in that order: an index of its own, a unique
     * key or the primary key.
     */
    public SchemaSnapshotAssert hasIndexOn(String table, String... columns) {
        table(table).hasIndexOn(columns);
        return this;
    }

    /** Verifies {@code table} has no index, unique key or primary key on exactly {@code columns}. */
    public SchemaSnapshotAssert doesNotHaveIndexOn(String table, String... columns) {
        table(table).doesNotHaveIndexOn(columns);
        return this;
    }

    /** Assertions on the table called {@code name}, which must exist. */
    public TableAssert table(String name) {
        return new TableAssert(existingTable(name), actual);
    }

    private Table existingTable(String name) {
        isNotNull();
        Optional<Table> table = actual.table(name);
        if (table.isEmpty()) {
            fail("Expecting schema to have table \"" + name + "\" but it has "
                    + Names.listed("tables", actual.tables().stream().map(Table::name).toList()));
        }
        return table.get();
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}

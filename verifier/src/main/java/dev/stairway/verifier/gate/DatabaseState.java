package dev.stairway.verifier.gate;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.walk.DialectSteps;

/**
 * A database's schema and rows at one moment, Flyway's history table left out.
 *
 * @param schema the schema, from the catalog
 * @param data   every user table's rows
 */
record DatabaseState(SchemaSnapshot schema, DataSnapshot data) {

    /** Reads both from {@code database}, each within the time limit of {@code steps}. */
    static DatabaseState of(DialectSteps steps, TestDatabase database) {
        return new DatabaseState(steps.run(Step.CHECK, () -> steps.schema(database)),
                steps.run(Step.CHECK, () -> steps.data(database)));
    }
}

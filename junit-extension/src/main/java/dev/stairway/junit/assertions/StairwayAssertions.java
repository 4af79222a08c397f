package dev.stairway.junit.assertions;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.schema.SchemaSnapshot;

/**
 * AssertJ assertions on the schema a migration leaves, read from the database's own catalog:
 *
 * <pre>{@code
 * import static dev.stairway.junit.assertions.StairwayAssertions.assertThat;
 *
 * assertThat(SchemaSnapshot.read(database))
 *         .hasTable("chat")
 *         .hasIndexOn("chat", "user_id");
 * assertThat(SchemaSnapshot.read(database)).table("chat").hasColumn("title").ofTypeFamily(TypeFamily.TEXT).notNull();
 * }</pre>
 *
 * <p>Every failure says what was expected and what was found: {@code Expecting schema to have table "chats" but
 * it has tables: chat, user}. Names are compared as the dialect compares them: exactly in PostgreSQL (where
 * unquoted names are stored in lower case), ignoring case in SQLite.
 */
public final class StairwayAssertions {

    private StairwayAssertions() {
    }

    /** Assertions on {@code snapshot}. */
    public static SchemaSnapshotAssert assertThat(SchemaSnapshot snapshot) {
        return new SchemaSnapshotAssert(snapshot);
    }

    /** Assertions on the schema of {@code database} as it is now: a snapshot read from its catalog. */
    public static SchemaSnapshotAssert assertThatSchemaOf(TestDatabase database) {
        return new SchemaSnapshotAssert(SchemaSnapshot.read(database));
    }
}

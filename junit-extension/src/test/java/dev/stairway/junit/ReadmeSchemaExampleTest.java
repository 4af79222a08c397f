package dev.stairway.junit;

import static dev.stairway.junit.assertions.StairwayAssertions.assertThat;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.TypeFamily;
import org.junit.jupiter.api.Test;

/** The schema assertion example of the README, run as any user's class would be: once per dialect. */
@MigratedDatabase
class ReadmeSchemaExampleTest {

    @Test
    void orders_keep_who_placed_them(TestDatabase database) {
        assertThat(SchemaSnapshot.read(database))
                .hasTable("orders")
                .hasIndexOn("orders", "id")
                .table("orders").hasColumn("placed_by").ofTypeFamily(TypeFamily.TEXT).notNull();
    }
}

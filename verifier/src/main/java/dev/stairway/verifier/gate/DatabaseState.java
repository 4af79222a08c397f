package dev.stairway.verifier.gate;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.RowSeeder;
import dev.stairway.verifier.data.SeedingResult;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database's schema and rows at one moment, Flyway's history table left out.
 *
 * @param schema the schema, from the catalog
 * @param data   every user table's rows
 */
record DatabaseState(SchemaSnapshot schema, DataSnapshot data) {

    /** Reads both through one connection of {@code database}, leaving out the history table {@code historyTable}. */
    static DatabaseState read(TestDatabase database, String historyTable) {
        try (Connection connection = database.connection()) {
            return new DatabaseState(SchemaSnapshot.read(connection, database.dialect(), historyTable),
                    DataSnapshot.read(connection, database.dialect(), historyTable));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema and rows of " + database + ": "
                    + e.getMessage(), e);
        }
    }

    /** Gives every empty user table of {@code database} generated rows; what it did. */
    static SeedingResult seed(TestDatabase database, String historyTable) {
        try (Connection connection = database.connection()) {
            return RowSeeder.seed(connection, database.dialect(), historyTable);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed " + database + ": " + e.getMessage(), e);
        }
    }
}

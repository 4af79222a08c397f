package dev.stairway.verifier.data;

import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.ForeignKey;
import java.util.List;

/**
 * A user table with what the seeder needs: its columns in table order and its foreign keys, as the schema
 * snapshot describes them (see {@link SeedTables}).
 */
record TableInfo(TableRef ref, List<ColumnInfo> columns, List<ForeignKey> foreignKeys) {

    TableInfo {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
    }

    String name() {
        return ref.name();
    }
}

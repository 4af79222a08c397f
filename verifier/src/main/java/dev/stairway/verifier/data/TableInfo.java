package dev.stairway.verifier.data;

import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.ForeignKey;
import java.util.List;

/**
 * A user table with what the seeder needs: its columns in table order and its foreign keys, as the schema
 * snapshot describes them, and the references its column names suggest where no foreign key is declared yet
 * ({@code author_id} to {@code authors}), which a later revision may turn into one (see {@link SeedTables}).
 */
record TableInfo(TableRef ref, List<ColumnInfo> columns, List<ForeignKey> foreignKeys, List<ForeignKey> inferredKeys) {

    TableInfo {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        inferredKeys = List.copyOf(inferredKeys);
    }

    String name() {
        return ref.name();
    }
}

package dev.stairway.verifier.data;

import java.util.List;

/** A user table with what the seeder needs: its columns in table order and its foreign keys. */
record TableInfo(TableRef ref, List<ColumnInfo> columns, List<ForeignKey> foreignKeys) {

    TableInfo {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
    }

    String name() {
        return ref.name();
    }
}

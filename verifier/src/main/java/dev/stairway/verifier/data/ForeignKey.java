package dev.stairway.verifier.data;

import java.util.List;

/** A foreign key of a table: its columns, in order, referencing {@code parent}'s columns. */
record ForeignKey(List<String> columns, TableRef parent, List<String> parentColumns) {

    ForeignKey {
        columns = List.copyOf(columns);
        parentColumns = List.copyOf(parentColumns);
    }
}

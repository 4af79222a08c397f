package dev.stairway.verifier.schema;

import java.util.List;

/**
 * A foreign key of a {@link Table}.
 *
 * @param name the constraint name in PostgreSQL; {@code null} in SQLite, which does not keep it
 * @param columns the referencing columns, in key order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns (SQLite: the referenced primary key when the declaration
 *     names none)
 * @param onUpdate the ON UPDATE action, lower case, such as {@code no action} or {@code cascade}
 * @param onDelete the ON DELETE action, lower case
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        String onUpdate, String onDelete) {

    /** Copies the column lists. */
    public ForeignKey {
        columns = Values.list(columns);
        referencedColumns = Values.list(referencedColumns);
        Values.require(referencedTable, "referenced table");
    }
}

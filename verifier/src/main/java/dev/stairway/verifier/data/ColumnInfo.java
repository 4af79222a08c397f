package dev.stairway.verifier.data;

import dev.stairway.verifier.schema.TypeFamily;
import java.util.List;

/**
 * What the seeder needs to know of one column, derived from the schema snapshot (see {@link SeedTables}).
 *
 * @param databaseAssigned identity, serial, generated or SQLite rowid alias: never given a value
 * @param maxLength the declared character length, 0 when unknown or unbounded
 * @param precision the declared numeric precision, 0 when unknown
 * @param scale the declared numeric scale, -1 when unknown
 * @param labels the enum labels in order, empty for other types
 * @param checks the check clauses that mention this column (for a domain, the domain's own checks)
 */
record ColumnInfo(String name, String type, TypeFamily family, boolean notNull, boolean hasDefault,
        boolean databaseAssigned, int maxLength, int precision, int scale, List<String> labels, List<String> checks) {

    ColumnInfo {
        labels = List.copyOf(labels);
        checks = List.copyOf(checks);
    }
}

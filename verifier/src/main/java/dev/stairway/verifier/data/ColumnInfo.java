package dev.stairway.verifier.data;

import dev.stairway.verifier.schema.TypeFamily;
import java.util.List;

/**
 * What the seeder needs to know of one column, derived from the schema snapshot (see {@link SeedTables}).
 *
 * @param databaseAssigned a generated column, or a non-integer one the database fills: never given a value
 * @param identityAlways an identity column {@code GENERATED ALWAYS}: a value needs {@code OVERRIDING SYSTEM VALUE}
 * @param maxLength the declared character length, 0 when unknown or unbounded
 * @param precision the declared numeric precision, 0 when unknown
 * @param scale the declared numeric scale, -1 when unknown
 * @param labels the enum labels in order, empty for other types
 * @param checks the check clauses that mention this column (for a domain, the domain's own checks)
 */
record ColumnInfo(String name, String type, TypeFamily family, boolean notNull, boolean hasDefault,
        boolean databaseAssigned, boolean identityAlways, int maxLength, int precision, int scale, List<String> labels, List<String> checks) {

    ColumnInfo {
        labels = List.copyOf(labels);
        checks = List.copyOf(checks);
    }
}

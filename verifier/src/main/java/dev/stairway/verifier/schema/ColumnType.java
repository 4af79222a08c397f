package dev.stairway.verifier.schema;

import java.util.List;

/**
 * What a column's type means once PostgreSQL enums and domains are resolved: its family, its declared size, an
 * enum's labels, and what a domain adds (NOT NULL, a default, checks on {@code VALUE}).
 *
 * @param family    the family of the (base) type; {@link TypeFamily#ENUM} for an enum
 * @param maxLength the declared length of a character type, such as 255 of {@code varchar(255)}; 0 when unbounded
 * @param precision the declared precision of a numeric type, such as 10 of {@code numeric(10,2)}; 0 when not given
 * @param scale     the declared scale of a numeric type, such as 2 of {@code numeric(10,2)}; -1 when not given
 * @param labels    an enum's labels in sort order; empty for other types
 * @param notNull   whether a domain on the way declares NOT NULL
 * @param hasDefault whether a domain on the way has a default
 * @param checks    the checks of the domains on the way, outermost last
 */
public record ColumnType(TypeFamily family, int maxLength, int precision, int scale, List<String> labels,
        boolean notNull, boolean hasDefault, List<Check> checks) {

    /** Copies the lists. */
    public ColumnType {
        labels = List.copyOf(labels);
        checks = List.copyOf(checks);
    }
}

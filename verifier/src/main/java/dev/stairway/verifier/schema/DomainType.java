package dev.stairway.verifier.schema;

import java.util.List;

/**
 * A PostgreSQL domain type.
 *
 * @param name the type name
 * @param baseType the base type, such as {@code text} or {@code numeric(10,2)}
 * @param nullable whether it accepts NULL
 * @param defaultValue its default expression, or {@code null}
 * @param checks its check constraints, sorted by name
 */
public record DomainType(String name, String baseType, boolean nullable, String defaultValue, List<Check> checks) {

    /** Copies the checks. */
    public DomainType {
        Values.require(name, "domain type name");
        Values.require(baseType, "domain base type");
        checks = Values.list(checks);
    }
}

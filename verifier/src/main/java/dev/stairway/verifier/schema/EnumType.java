package dev.stairway.verifier.schema;

import java.util.List;

/**
 * A PostgreSQL enum type with its labels in sort order.
 *
 * @param name the type name
 * @param labels the labels, in their sort order
 */
public record EnumType(String name, List<String> labels) {

    /** Copies the labels. */
    public EnumType {
        Values.require(name, "enum type name");
        labels = Values.list(labels);
    }
}

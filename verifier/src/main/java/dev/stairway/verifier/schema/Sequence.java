package dev.stairway.verifier.schema;

/**
 * A PostgreSQL sequence; SQLite has none. Its current value is data, not schema, and is left out.
 *
 * @param name the sequence name
 * @param type its data type, such as {@code bigint}
 * @param start the start value
 * @param increment the increment
 * @param minimum the minimum value
 * @param maximum the maximum value
 * @param cycle whether it cycles
 * @param ownedBy the owning column as {@code table.column} (serial or identity), or {@code null}
 */
public record Sequence(String name, String type, long start, long increment, long minimum, long maximum,
        boolean cycle, String ownedBy) {

    /** Checks the name is present. */
    public Sequence {
        Values.require(name, "sequence name");
    }
}

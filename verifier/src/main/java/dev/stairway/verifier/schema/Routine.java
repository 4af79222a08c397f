package dev.stairway.verifier.schema;

/**
 * A PostgreSQL function or procedure defined in a user schema (not by an extension).
 *
 * @param name its name with its identity arguments, such as {@code touch_updated_at()} or
 *     {@code add(integer, integer)}
 * @param definition {@code pg_get_functiondef} with blanks collapsed
 */
public record Routine(String name, String definition) {

    /** Checks both parts are present. */
    public Routine {
        Values.require(name, "function name");
        Values.require(definition, "function definition");
    }
}

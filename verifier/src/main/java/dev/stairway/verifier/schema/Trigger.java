package dev.stairway.verifier.schema;

/**
 * A trigger (PostgreSQL: user-defined ones only, not those behind foreign keys).
 *
 * @param name the trigger name
 * @param table the table or view it fires on
 * @param definition PostgreSQL: {@code pg_get_triggerdef}; SQLite: the CREATE TRIGGER statement,
 *     normalised like {@link View#definition()}
 */
public record Trigger(String name, String table, String definition) {

    /** Checks every part is present. */
    public Trigger {
        Values.require(name, "trigger name");
        Values.require(table, "trigger table");
        Values.require(definition, "trigger definition");
    }
}

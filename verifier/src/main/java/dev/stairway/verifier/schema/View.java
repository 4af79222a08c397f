package dev.stairway.verifier.schema;

/**
 * A view.
 *
 * @param name the view name
 * @param materialized whether it is a PostgreSQL materialized view
 * @param definition PostgreSQL: {@code pg_get_viewdef} with blanks collapsed; SQLite: the CREATE VIEW
 *     statement, normalised (blanks collapsed, quotes dropped where not needed, words in lower case)
 */
public record View(String name, boolean materialized, String definition) {

    /** Checks the name and definition are present. */
    public View {
        Values.require(name, "view name");
        Values.require(definition, "view definition");
    }
}

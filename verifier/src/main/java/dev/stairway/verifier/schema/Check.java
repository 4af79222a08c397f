package dev.stairway.verifier.schema;

/**
 * A check constraint of a {@link Table} or {@link DomainType}.
 *
 * @param name the constraint name; {@code null} for an unnamed SQLite check
 * @param expression PostgreSQL: {@code pg_get_constraintdef}, such as {@code CHECK (price > 0::numeric)};
 *     SQLite: the expression inside {@code CHECK (...)}, normalised (blanks collapsed, quotes dropped where
 *     not needed, words in lower case), such as {@code price > 0}
 */
public record Check(String name, String expression) {

    /** Checks the expression is present. */
    public Check {
        Values.require(expression, "check expression");
    }
}

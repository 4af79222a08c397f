package dev.stairway.verifier.locks;

import java.util.Objects;

/**
 * A relation that existed before the script and was rewritten by a statement: its file ({@code relfilenode})
 * changed.
 *
 * @param relation the relation's name, qualified with its schema outside {@code public}
 * @param kind     {@code table}, {@code index}, {@code materialized view}, ...
 * @param rows     the rows of the table (of an index: of its table) after the script; -1 when unknown (the table
 *                 was dropped, or the measurement stopped)
 */
public record Rewrite(String relation, String kind, long rows) {

    /** Checks the parts are present. */
    public Rewrite {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(kind, "kind");
    }
}

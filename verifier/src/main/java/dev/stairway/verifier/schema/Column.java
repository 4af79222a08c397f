package dev.stairway.verifier.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One column of a {@link Table}, as the catalog describes it.
 *
 * @param name the column name (PostgreSQL: as stored; SQLite: as declared)
 * @param type the type: PostgreSQL {@code format_type} such as {@code character varying(255)}; SQLite the
 *     declared type, upper-cased with blanks collapsed, such as {@code VARCHAR(255)} (empty when none)
 * @param nullable whether the column accepts NULL ({@code false} when declared NOT NULL)
 * @param defaultValue the default expression, or {@code null} when there is none (SQLite: normalised text)
 * @param identity PostgreSQL {@code always} or {@code by default} for identity columns; SQLite
 *     {@code autoincrement} for an AUTOINCREMENT primary key and {@code rowid} for another {@code INTEGER PRIMARY
 *     KEY} of a rowid table (both aliases of the rowid); otherwise {@code null}
 * @param generated the generation expression of a generated column, prefixed with {@code stored } or
 *     {@code virtual }, such as {@code stored (price * quantity)}; {@code null} for an ordinary column
 * @param volatileDefault whether the default gives a new value on each insert: PostgreSQL, when it calls a
 *     volatile or stable function ({@code now()}, {@code random()}, {@code gen_random_uuid()}, ...; a sequence's
 *     {@code nextval} aside, as a re-created sequence starts over) or reads the clock ({@code CURRENT_TIMESTAMP},
 *     ...); SQLite, when it reads the clock ({@code CURRENT_TIMESTAMP}, {@code datetime('now')}, ...) or calls
 *     {@code random()} or {@code randomblob()}
 */
public record Column(String name, String type, boolean nullable, String defaultValue, String identity,
        String generated, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean volatileDefault) {

    /** Checks the name and type are present. */
    public Column {
        Values.require(name, "column name");
        type = type == null ? "" : type;
    }

    /** A column whose default, if any, is not volatile. */
    public Column(String name, String type, boolean nullable, String defaultValue, String identity,
            String generated) {
        this(name, type, nullable, defaultValue, identity, generated, false);
    }
}

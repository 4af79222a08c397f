package dev.stairway.verifier.schema;

/**
 * One column of a {@link Table}, as the catalog describes it.
 *
 * @param name the column name (PostgreSQL: as stored; SQLite: as declared)
 * @param type the type: PostgreSQL {@code format_type} such as {@code character varying(255)}; SQLite the
 *     declared type, upper-cased with blanks collapsed, such as {@code VARCHAR(255)} (empty when none)
 * @param nullable whether the column accepts NULL ({@code false} when declared NOT NULL)
 * @param defaultValue the default expression, or {@code null} when there is none (SQLite: normalised text)
 * @param identity PostgreSQL {@code always} or {@code by default} for identity columns, SQLite
 *     {@code autoincrement} for an AUTOINCREMENT primary key, otherwise {@code null}
 * @param generated the generation expression of a generated column, prefixed with {@code stored } or
 *     {@code virtual }, such as {@code stored (price * quantity)}; {@code null} for an ordinary column
 */
public record Column(String name, String type, boolean nullable, String defaultValue, String identity,
        String generated) {

    /** Checks the name and type are present. */
    public Column {
        Values.require(name, "column name");
        type = type == null ? "" : type;
    }
}

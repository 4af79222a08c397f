package dev.stairway.verifier.schema;

/**
 * One way the SQLite and PostgreSQL schemas of a history differ logically, found by {@link DialectParity}.
 *
 * @param aspect what differs
 * @param table the table concerned
 * @param object the object as descriptions name it, such as {@code column chat.title},
 *     {@code foreign key chat(user_id)} or {@code index on chat(user_id)}
 * @param sqlite the SQLite side: a value, or {@code null} when the object is absent there
 * @param postgresql the PostgreSQL side: a value, or {@code null} when the object is absent there
 */
public record ParityDivergence(Aspect aspect, String table, String object, String sqlite, String postgresql) {

    /** What can differ between the dialects. */
    public enum Aspect {
        /** A table exists in one dialect only. */
        TABLE(""),
        /** A column exists in one dialect only. */
        COLUMN(""),
        /** A column is nullable in one dialect, not null in the other. */
        NULLABILITY(""),
        /** A column's type belongs to different {@linkplain TypeFamily families}. */
        TYPE_FAMILY("type family "),
        /** The primary key columns differ. */
        PRIMARY_KEY(""),
        /** A unique key (constraint or unique index) exists in one dialect only. */
        UNIQUE_KEY(""),
        /** A foreign key exists in one dialect only. */
        FOREIGN_KEY(""),
        /** A foreign key references different tables or columns. */
        FOREIGN_KEY_TARGET("references "),
        /** A foreign key's ON DELETE action differs. */
        ON_DELETE("on delete "),
        /** A foreign key's ON UPDATE action differs. */
        ON_UPDATE("on update "),
        /** An index on some columns exists in one dialect only. */
        INDEX("");

        private final String label;

        Aspect(String label) {
            this.label = label;
        }
    }

    /**
     * One line a user can read, for example {@code column chat.share_id exists in postgresql but not in sqlite},
     * {@code column chat.title: nullable in sqlite, not null in postgresql} or
     * {@code column chat.count: type family text (TEXT) in sqlite, integer (bigint) in postgresql}.
     */
    public String description() {
        if (sqlite == null) {
            return object + " exists in postgresql but not in sqlite";
        }
        if (postgresql == null) {
            return object + " exists in sqlite but not in postgresql";
        }
        return object + ": " + aspect.label + sqlite + " in sqlite, " + postgresql + " in postgresql";
    }
}

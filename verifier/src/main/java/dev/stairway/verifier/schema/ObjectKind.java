package dev.stairway.verifier.schema;

/** The kinds of schema object a {@link SchemaDifference} can name. */
public enum ObjectKind {
    /** A table. */
    TABLE("table"),
    /** A column of a table. */
    COLUMN("column"),
    /** A primary key. */
    PRIMARY_KEY("primary key"),
    /** A unique constraint. */
    UNIQUE_KEY("unique constraint"),
    /** A foreign key. */
    FOREIGN_KEY("foreign key"),
    /** A check (or PostgreSQL exclusion) constraint. */
    CHECK("check constraint"),
    /** An index created on its own. */
    INDEX("index"),
    /** A view or materialized view. */
    VIEW("view"),
    /** A trigger. */
    TRIGGER("trigger"),
    /** A sequence. */
    SEQUENCE("sequence"),
    /** An enum type. */
    ENUM_TYPE("enum type"),
    /** A domain type. */
    DOMAIN_TYPE("domain type"),
    /** A function or procedure. */
    FUNCTION("function"),
    /** An extension. */
    EXTENSION("extension");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** How descriptions name this kind, such as {@code enum type}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}

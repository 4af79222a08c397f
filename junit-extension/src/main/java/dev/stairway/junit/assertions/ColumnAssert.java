package dev.stairway.junit.assertions;

import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.TypeFamily;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one column of a table; start with {@link TableAssert#hasColumn(String)}. */
public final class ColumnAssert extends AbstractAssert<ColumnAssert, Column> {

    private final String where;
    private final SchemaSnapshot schema;

    ColumnAssert(Column actual, String table, SchemaSnapshot schema) {
        super(actual, ColumnAssert.class);
        this.where = "column " + table + "." + actual.name();
        this.schema = schema;
    }

    /**
     * Verifies the column's type is of {@code family}, as the dialect spells it: {@code TEXT} covers SQLite
     * {@code VARCHAR(255)} and PostgreSQL {@code character varying(255)} and {@code text}; a PostgreSQL domain
     * counts as its base type.
     */
    public ColumnAssert ofTypeFamily(TypeFamily family) {
        TypeFamily found = schema.typeOf(actual).family();
        if (found != family) {
            fail("Expecting " + where + " to be of type family " + family + " but it is " + found + " ("
                    + type() + ")");
        }
        return this;
    }

    /** Verifies the column's type is {@code type} as the catalog spells it, ignoring case. */
    public ColumnAssert ofType(String type) {
        if (!actual.type().equalsIgnoreCase(type.strip())) {
            fail("Expecting " + where + " to be of type " + type + " but it is " + type());
        }
        return this;
    }

    /** Verifies the column is declared NOT NULL. */
    public ColumnAssert notNull() {
        if (actual.nullable()) {
            fail("Expecting " + where + " to be NOT NULL but it is nullable");
        }
        return this;
    }

    /** Verifies the column accepts NULL. */
    public ColumnAssert nullable() {
        if (!actual.nullable()) {
            fail("Expecting " + where + " to be nullable but it is NOT NULL");
        }
        return this;
    }

    /**
     * Verifies the column's default is {@code expression} as the catalog keeps it (PostgreSQL: with its casts,
     * such as {@code 'draft'::text}), ignoring case and surrounding blanks.
     */
    public ColumnAssert hasDefault(String expression) {
        String found = actual.defaultValue();
        if (found == null || !normal(found).equals(normal(expression))) {
            fail("Expecting " + where + " to have default " + expression + " but "
                    + (found == null ? "it has none" : "it is " + found));
        }
        return this;
    }

    /** Verifies the column has no default. */
    public ColumnAssert hasNoDefault() {
        if (!Objects.isNull(actual.defaultValue())) {
            fail("Expecting " + where + " to have no default but it is " + actual.defaultValue());
        }
        return this;
    }

    private String type() {
        return actual.type().isEmpty() ? "no type" : actual.type();
    }

    private static String normal(String expression) {
        return expression.strip().toLowerCase(Locale.ROOT);
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}

package dev.stairway.verifier.schema;

import java.util.List;
import java.util.Set;

/**
 * One way two {@link SchemaSnapshot}s differ, found by {@link SchemaDiff}: an object present that was
 * expected absent, absent that was expected present, changed in one attribute, or (a notice only) a table
 * whose columns are the same but in another order.
 *
 * <p>{@link #object()} names the object the way descriptions do: {@code chat_user_idx} for an index,
 * {@code chat.share_id} for a column, {@code chat_user_id_fkey on chat} for a named constraint,
 * {@code (user_id) on chat} for an unnamed SQLite one.
 */
public sealed interface SchemaDifference {

    /** The kind of object that differs. */
    ObjectKind kind();

    /** The object that differs, such as {@code chat.share_id}. */
    String object();

    /** One line a user can read, such as {@code index chat_user_idx is still present (expected absent)}. */
    String description();

    /**
     * An object present that was expected absent.
     *
     * @param kind its kind
     * @param object its name
     */
    record Added(ObjectKind kind, String object) implements SchemaDifference {

        /** For example {@code index chat_user_idx is still present (expected absent)}. */
        @Override
        public String description() {
            return kind.label() + " " + object + " is still present (expected absent)";
        }
    }

    /**
     * An object absent that was expected present.
     *
     * @param kind its kind
     * @param object its name
     */
    record Removed(ObjectKind kind, String object) implements SchemaDifference {

        /** For example {@code table note is missing (expected present)}. */
        @Override
        public String description() {
            return kind.label() + " " + object + " is missing (expected present)";
        }
    }

    /**
     * An object present on both sides whose attribute differs.
     *
     * @param kind its kind
     * @param object its name
     * @param attribute what differs, such as {@code type}, {@code nullability}, {@code default},
     *     {@code columns}, {@code references}, {@code labels}
     * @param expected the expected value ({@code none} when absent)
     * @param actual the value found ({@code none} when absent)
     */
    record Changed(ObjectKind kind, String object, String attribute, String expected, String actual)
            implements SchemaDifference {

        /** Attributes whose values say what they are ({@code not null}, {@code unique}), so the name is not printed. */
        private static final Set<String> SELF_DESCRIBING = Set.of("nullability", "uniqueness", "materialization");

        /** For example {@code column chat.share_id: type text, expected character varying(255)}. */
        @Override
        public String description() {
            return kind.label() + " " + object + ": " + (SELF_DESCRIBING.contains(attribute) ? "" : attribute + " ")
                    + actual + ", expected " + expected;
        }
    }

    /**
     * A notice, not a difference: a table with the same columns in another order (PostgreSQL cannot put a
     * re-added column back in the middle).
     *
     * @param kind always {@link ObjectKind#TABLE}
     * @param object the table
     * @param expected the expected column order
     * @param actual the column order found
     */
    record Reordered(ObjectKind kind, String object, List<String> expected, List<String> actual)
            implements SchemaDifference {

        /** Copies the lists. */
        public Reordered {
            expected = List.copyOf(expected);
            actual = List.copyOf(actual);
        }

        /** For example {@code table chat: column order (id, title, share_id), expected (id, share_id, title)}. */
        @Override
        public String description() {
            return kind.label() + " " + object + ": column order " + SnapshotText.columns(actual) + ", expected "
                    + SnapshotText.columns(expected);
        }
    }
}

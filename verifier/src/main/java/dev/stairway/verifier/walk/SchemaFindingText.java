package dev.stairway.verifier.walk;

import dev.stairway.verifier.schema.SchemaDifference;

/**
 * Words a schema difference as a finding detail, saying what it was compared with:
 * {@code index chat_user_idx is still present (expected absent, as at V6)}.
 */
final class SchemaFindingText {

    private SchemaFindingText() {
    }

    /** After an undo, compared with the schema before the revision ({@code as at V6}). */
    static String afterDown(SchemaDifference difference, String before) {
        return describe(difference, "is still present", before);
    }

    /** After the second up, compared with the schema after the first up. */
    static String afterReUp(SchemaDifference difference) {
        return describe(difference, "is present", "as after the first up");
    }

    private static String describe(SchemaDifference difference, String presentWords, String context) {
        String what = difference.kind().label() + " " + difference.object();
        if (difference instanceof SchemaDifference.Added) {
            return what + " " + presentWords + " (expected absent, " + context + ")";
        }
        if (difference instanceof SchemaDifference.Removed) {
            return what + " is missing (expected present, " + context + ")";
        }
        return difference.description() + " (" + context + ")";
    }
}

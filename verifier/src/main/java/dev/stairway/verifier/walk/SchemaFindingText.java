package dev.stairway.verifier.walk;

import dev.stairway.verifier.schema.SchemaDifference;

/**
 * Words a schema difference as a finding detail, saying what it was compared with:
 * {@code index chat_user_idx is still present (expected absent, as at V6)}.
 *
 * <p>Engine: not part of Stairway's API; public for the release gate, which words its findings the same way.
 */
public final class SchemaFindingText {

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

    /**
     * Compared with the schema {@code context} names, such as {@code as in a fresh install of V32}:
     * {@code index chat_user_idx is present (expected absent, as in a fresh install of V32)}.
     */
    public static String against(SchemaDifference difference, String context) {
        return describe(difference, "is present", context);
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

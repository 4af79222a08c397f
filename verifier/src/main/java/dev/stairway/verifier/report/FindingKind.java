package dev.stairway.verifier.report;

/** What went wrong, or what is worth telling, at one revision of a walk. */
public enum FindingKind {
    /** The up script of the revision failed on a fresh walk. */
    UP_FAILED("up failed", true),
    /** The undo script failed. */
    DOWN_FAILED("down failed", true),
    /** Applying the up script again after its undo failed. */
    RE_UP_FAILED("re-up failed", true),
    /** After the undo, the schema differs from the schema before the revision. */
    SCHEMA_NOT_RESTORED("schema not restored", true),
    /** After the second up, the schema differs from the schema after the first up. */
    SCHEMA_NOT_REPRODUCED("schema not reproduced", true),
    /** After the undo, rows differ from the rows before the revision (declared lossy columns aside). */
    DATA_NOT_RESTORED("data not restored", true),
    /** After the second up, rows differ from the rows after the first up. */
    DATA_NOT_REPRODUCED("data not reproduced", true),
    /** The revision has no undo script and does not declare itself irreversible. */
    UNDO_MISSING("undo missing", true),
    /** The undo script holds only whitespace and comments. */
    EMPTY_UNDO("empty undo", true),
    /** At this revision the two dialects' schemas differ logically. */
    DIALECTS_DIVERGE("dialects diverge", true),
    /** flyway_schema_history does not hold what it should after a step. */
    HISTORY_INCONSISTENT("history inconsistent", true),
    /** The revision declares itself irreversible: the walk does not go below it. Reported, not failed. */
    IRREVERSIBLE("irreversible", false),
    /** A column order changed without any other change (PostgreSQL cannot re-add a column in place). */
    COLUMN_ORDER_CHANGED("column order changed", false),
    /** Some rows could not be generated before the revision; its data checks cover fewer tables. */
    SEEDING_INCOMPLETE("seeding incomplete", false),
    /** Lock verdicts measured on PostgreSQL that the revision does not accept: notices by default. */
    LOCK_VERDICT("locks", false),
    /** Lock verdicts measured on PostgreSQL that the revision does not accept, with {@code stairway.locks=finding}. */
    LOCK_VERDICT_FAILED("locks", true);

    private final String label;
    private final boolean failure;

    FindingKind(String label, boolean failure) {
        this.label = label;
        this.failure = failure;
    }

    /** The words a user reads, such as {@code schema not restored}. */
    public String label() {
        return label;
    }

    /** Whether a finding of this kind fails verification; notices such as {@link #IRREVERSIBLE} do not. */
    public boolean isFailure() {
        return failure;
    }
}

package dev.stairway.verifier.report;

/** What went wrong, or what is worth telling, at one revision of a walk or on one release's paths through a gate. */
public enum FindingKind {
    /** The up script of the revision failed, on the database as seeded and on tables without generated rows. */
    UP_FAILED("up failed", true),
    /**
     * The up script failed on the generated rows and passed once the rows in its way were removed: real
     * databases holding such rows would fail the same way. A notice: the walk cannot tell whether they can.
     */
    UP_FAILS_ON_EXISTING_ROWS("up fails on existing rows", false),
    /** A step ran past the time limit and was stopped. */
    TIMED_OUT("timed out", true),
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
    /** The undo script dropped Flyway's history table or deleted rows of it, which Stairway keeps itself. */
    UNDO_REMOVED_HISTORY("undo removed the history", true),
    /** On SQLite, rows reference parent rows that do not exist after a step ({@code PRAGMA foreign_key_check}). */
    FOREIGN_KEYS_BROKEN("foreign keys broken", true),
    /** A fresh database could not be brought to the revision again, so the walk of that dialect stops. */
    REBUILD_FAILED("rebuild failed", true),
    /** The revision declares itself irreversible: the walk does not go below it. Reported, not failed. */
    IRREVERSIBLE("irreversible", false),
    /** A column order changed without any other change (PostgreSQL cannot re-add a column in place). */
    COLUMN_ORDER_CHANGED("column order changed", false),
    /** A seed script of the history's own ({@code seed/<dialect>/S<version>__<name>.sql}) failed; rolled back. */
    SEED_SCRIPT_FAILED("seed script failed", true),
    /** Some rows could not be generated before the revision; its data checks cover fewer tables. */
    SEEDING_INCOMPLETE("seeding incomplete", false),
    /** Schema or rows could not be read at a step, so that step's comparison was left out. */
    NOT_CHECKED("not checked", false),
    /** Some versions exist in one dialect only: each dialect walks its own, parity is checked where both have one. */
    VERSIONS_IN_ONE_DIALECT("versions in one dialect only", false),
    /**
     * A column gets a new value each time: its default reads the clock or random numbers ({@code now()},
     * {@code CURRENT_TIMESTAMP}, {@code random()}, ...), or the up fills it from them ({@code UPDATE t SET touched =
     * now()}). After the second up its values are compared by presence and nullness, not value. Told once per column.
     */
    VOLATILE_VALUE("volatile value", false),

    /** A file a release shipped has another checksum now (line endings normalised). */
    RELEASED_FILE_CHANGED("released file changed", true),
    /** A file a release shipped is gone. */
    RELEASED_FILE_REMOVED("released file removed", true),
    /** A file a release shipped is now under another name or version. */
    RELEASED_FILE_RENUMBERED("released file renumbered", true),
    /** An up migration with a version a release covers, which the release did not ship. */
    MIGRATION_ADDED_TO_RELEASE("migration added within a release", true),
    /** An undo or seed script added to a released revision after the release. Reported, not failed. */
    FILE_ADDED_TO_RELEASE("file added to a released revision", false),
    /** Building a database at a release, or migrating it from there to the latest version, failed. */
    UPGRADE_FAILED("upgrade failed", true),
    /** A database upgraded from a release has another schema than a fresh install of the latest version. */
    UPGRADE_SCHEMA_DIFFERS("upgraded schema differs from a fresh install", true),
    /** Rows present at a release are not at the latest version as they were, in the columns that survive. */
    UPGRADE_LOST_DATA("upgrade lost data", true),
    /** An irreversible revision on an upgrade path removed rows, as it declares it may. Reported, not failed. */
    IRREVERSIBLE_REMOVED_ROWS("irreversible revision removed rows", false),
    /**
     * An up on an upgrade path sets a column's values on purpose ({@code UPDATE t SET c = ...}): the values it
     * changed are left out of the data kept check. Reported, not failed; told once per column.
     */
    VALUES_SET_BY_UP("values set by an up", false),
    /** An undo script failed on the way down from the latest version to a release. */
    DOWNGRADE_FAILED("downgrade failed", true),
    /** After the undo scripts down to a release, the schema differs from the release's. */
    DOWNGRADE_SCHEMA_DIFFERS("downgraded schema differs from the release's", true),
    /** After the undo scripts down to a release, the rows differ from the release's (lossy columns aside). */
    DOWNGRADE_LOST_DATA("downgrade lost data", true),
    /** An irreversible revision lies between the latest version and a release: the way down stops there. */
    DOWNGRADE_STOPS("downgrade stops at an irreversible revision", false),
    /** A revision between the latest version and a release has no undo script: the way down cannot pass it. */
    DOWNGRADE_BLOCKED("downgrade blocked by a missing undo", true),
    /** Building a legacy install, or taking it over with a baseline and migrating it, failed. */
    LEGACY_ADOPTION_FAILED("legacy adoption failed", true),
    /** A legacy install taken over and migrated has another schema than a fresh install of the latest version. */
    LEGACY_SCHEMA_DIFFERS("adopted legacy schema differs from a fresh install", true),
    /** Rows of a legacy install are not at the latest version as they were, in the columns that survive. */
    LEGACY_LOST_DATA("legacy adoption lost data", true),
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

package dev.stairway.verifier.history;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.VerdictCode;
import dev.stairway.verifier.sql.SqlSplitter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One versioned migration of one dialect, with what Stairway needs to walk it down and up again.
 *
 * <p>A revision has either an {@link #undo()} script, or an {@link #irreversible()} reason declared by
 * {@code -- stairway:irreversible <reason>} as the first line of its up script, or neither: then the walk
 * reports its undo as missing.
 *
 * @param dialect       the dialect whose folders (its own and {@code common/}) hold the scripts
 * @param version       the version, from the file name
 * @param description   the name after {@code __} in the up script's file name, kept as written
 *                      ({@code add_chat_index})
 * @param up            the {@code V<version>__<name>.sql} script, applied by Flyway
 * @param undo          the {@code U<version>__<name>.sql} script Stairway runs to undo it, if any
 * @param irreversible  the reason the up script declares it cannot be undone, if it does
 * @param lossyColumns  the {@code table.column} names the undo script declares with
 *                      {@code -- stairway:lossy}: data the undo cannot restore; empty by default
 * @param acceptedVerdicts the lock verdicts its scripts accept with {@code -- stairway:accept <code> <reason>};
 *                      empty by default
 */
public record Revision(Dialect dialect, RevisionVersion version, String description, MigrationScript up,
        Optional<MigrationScript> undo, Optional<String> irreversible, Set<String> lossyColumns,
        List<AcceptedVerdict> acceptedVerdicts) {

    /** Checks the parts are present and copies the set. */
    public Revision {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(up, "up");
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(irreversible, "irreversible");
        lossyColumns = Set.copyOf(lossyColumns);
        acceptedVerdicts = List.copyOf(acceptedVerdicts);
    }

    /** A revision whose scripts accept no lock verdict. */
    public Revision(Dialect dialect, RevisionVersion version, String description, MigrationScript up,
            Optional<MigrationScript> undo, Optional<String> irreversible, Set<String> lossyColumns) {
        this(dialect, version, description, up, undo, irreversible, lossyColumns, List.of());
    }

    /** The reason {@code script} gives for accepting {@code code}, if it accepts it. */
    public Optional<String> acceptance(ScriptKind script, VerdictCode code) {
        return acceptedVerdicts.stream().filter(accepted -> accepted.script() == script && accepted.code() == code)
                .map(AcceptedVerdict::reason).findFirst();
    }

    /** Whether the up script holds only whitespace and comments: a placeholder revision. */
    public boolean upIsEmpty() {
        return SqlSplitter.split(up.sql(), dialect).isEmpty();
    }

    /** Whether an undo script exists but holds only whitespace and comments: an empty undo. */
    public boolean undoIsEmpty() {
        return undo.isPresent() && SqlSplitter.split(undo.get().sql(), dialect).isEmpty();
    }

    /** How reports and findings name this revision on any dialect: {@code V7 add_chat_index}. */
    public String label() {
        return label(version, description);
    }

    /** The label of the revision with {@code version} and {@code description}: {@code V7 add_chat_index}. */
    public static String label(RevisionVersion version, String description) {
        return "V" + version + " " + description;
    }

    /** How findings name this revision on its dialect: {@code V7 add_chat_index [postgresql]}. */
    public String displayName() {
        return label() + " [" + dialect.id() + "]";
    }

    @Override
    public String toString() {
        return displayName();
    }
}

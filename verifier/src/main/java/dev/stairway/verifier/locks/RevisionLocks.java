package dev.stairway.verifier.locks;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The locks and rewrites measured at one revision on PostgreSQL: its up script and its undo script, each when it
 * was measured. {@link #NONE} on SQLite, with measurement off, and for a script the walk did not reach.
 *
 * @param up   the up script's measurement
 * @param undo the undo script's measurement
 */
public record RevisionLocks(Optional<ScriptMeasurement> up, Optional<ScriptMeasurement> undo) {

    /** Nothing measured. */
    public static final RevisionLocks NONE = new RevisionLocks(Optional.empty(), Optional.empty());

    /** These locks with {@code measurement} in its script's place. */
    public RevisionLocks with(ScriptMeasurement measurement) {
        return measurement.script() == ScriptKind.UP ? new RevisionLocks(Optional.of(measurement), undo)
                : new RevisionLocks(up, Optional.of(measurement));
    }

    /** Whether any script was measured. */
    public boolean isMeasured() {
        return up.isPresent() || undo.isPresent();
    }

    /** The measured scripts, up first. */
    public List<ScriptMeasurement> scripts() {
        return Stream.of(up, undo).flatMap(Optional::stream).toList();
    }

    /** Every verdict, accepted ones included: the up's, then the undo's. */
    public List<Verdict> verdicts() {
        return scripts().stream().flatMap(script -> script.verdicts().stream()).toList();
    }

    /** The verdicts the revision's files do not accept. */
    public List<Verdict> openVerdicts() {
        return verdicts().stream().filter(verdict -> !verdict.isAccepted()).toList();
    }
}

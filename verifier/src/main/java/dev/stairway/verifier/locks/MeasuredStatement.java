package dev.stairway.verifier.locks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a measured script: how long it ran, the relation locks it took and what it rewrote.
 *
 * @param line        the line of the script where it starts (from 1)
 * @param statement   its first line, shortened
 * @param duration    how long it ran in the measuring transaction
 * @param rowsWritten the rows it inserted, updated or deleted; -1 for statements that report none
 * @param locks       the relation locks it took (those already held by earlier statements are not repeated)
 * @param rewrites    the relations that existed before and that it rewrote
 */
public record MeasuredStatement(int line, String statement, Duration duration, long rowsWritten,
        List<LockTaken> locks, List<Rewrite> rewrites) {

    /** Checks the parts are present and copies the lists. */
    public MeasuredStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(duration, "duration");
        locks = List.copyOf(locks);
        rewrites = List.copyOf(rewrites);
    }
}

package dev.stairway.verifier.locks;

import java.time.Duration;
import java.util.Objects;

/**
 * A relation lock a statement took in the migration's own transaction, as {@code pg_locks} shows it.
 *
 * @param relation      the relation's name, qualified with its schema outside {@code public}
 * @param kind          what it is: {@code table}, {@code index}, {@code sequence}, {@code view}, ...
 * @param mode          the lock mode as PostgreSQL's documentation names it, such as {@code ACCESS EXCLUSIVE}
 * @param existedBefore whether the relation existed before the script ran (a lock on a relation the script creates
 *                      blocks nobody)
 * @param held          how long it was held: until the end of the transaction, or of the statement when the script
 *                      runs statement by statement
 */
public record LockTaken(String relation, String kind, String mode, boolean existedBefore, Duration held) {

    /** Checks the parts are present. */
    public LockTaken {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(held, "held");
    }

    /** Whether this lock blocks readers and writers of a table that existed before. */
    public boolean isExclusiveOnExistingTable() {
        return existedBefore && mode.equals("ACCESS EXCLUSIVE") && kind.endsWith("table");
    }
}

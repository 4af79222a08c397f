package dev.stairway.verifier.locks;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a measured statement costs a running application, each with a stable code that reports print and that
 * {@code -- stairway:accept <code> <reason>} names. The README explains each with the safer pattern.
 */
public enum VerdictCode {
    /**
     * {@code ACCESS EXCLUSIVE} on a table that existed before the revision stays held while later statements of the
     * same transaction do work (write rows, rewrite, build an index, validate, scan, or wait for another table's
     * lock): every reader and writer of the table waits all that time.
     */
    EXCLUSIVE_LOCK_HELD("exclusive-lock-held"),
    /** A table that existed before the revision was rewritten (its file changed) under {@code ACCESS EXCLUSIVE}. */
    TABLE_REWRITE("table-rewrite"),
    /** An index was built on a table that existed before the revision without {@code CONCURRENTLY}: writes wait. */
    INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently"),
    /**
     * A check or foreign key constraint on a table that existed before the revision was validated in the transaction
     * that added it: every row is scanned while the lock taken to add it is held.
     */
    CONSTRAINT_VALIDATED_ON_ADD("constraint-validated-on-add"),
    /**
     * {@code SET NOT NULL} on a column of a table that existed before the revision, with no validated
     * {@code CHECK (column IS NOT NULL)} to prove it: every row is scanned under {@code ACCESS EXCLUSIVE}.
     */
    NOT_NULL_BY_SCAN("not-null-by-scan");

    private final String code;

    VerdictCode(String code) {
        this.code = code;
    }

    /** The stable code, such as {@code table-rewrite}. */
    public String code() {
        return code;
    }

    /** The verdict with {@code code}, if there is one. */
    public static Optional<VerdictCode> from(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }

    /** Every code, comma separated, for messages. */
    public static String codes() {
        return Arrays.stream(values()).map(VerdictCode::code).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return code;
    }
}

package dev.stairway.verifier.sql;

import java.util.regex.Pattern;

/**
 * What a statement does to the transaction it runs in: whether it controls the transaction itself
 * ({@code BEGIN}, {@code COMMIT}, ...), and whether PostgreSQL refuses to run it inside one
 * ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, ...), so that Flyway runs its migration statement by
 * statement instead.
 *
 * <p>Engine: not part of Stairway's API; public for the undo runner and the lock measurement.
 */
public final class TransactionRules {

    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)(BEGIN|COMMIT|END|ROLLBACK|START\\s+TRANSACTION)(\\s+(TRANSACTION|WORK|DEFERRED|IMMEDIATE|EXCLUSIVE))?");
    private static final Pattern POSTGRESQL_OUTSIDE_TRANSACTION = Pattern.compile(
            "(?is)(CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY|DROP\\s+INDEX\\s+CONCURRENTLY|REINDEX\\s.*CONCURRENTLY"
                    + "|VACUUM|CREATE\\s+DATABASE|DROP\\s+DATABASE|ALTER\\s+SYSTEM|CREATE\\s+TABLESPACE"
                    + "|DROP\\s+TABLESPACE|ALTER\\s+DATABASE\\s.*\\sSET\\s+TABLESPACE)\\b.*");

    private TransactionRules() {
    }

    /** Whether {@code statement} begins, ends or rolls back a transaction itself. */
    public static boolean controlsTransaction(SqlStatement statement) {
        return TRANSACTION_CONTROL.matcher(statement.sql()).matches();
    }

    /** Whether PostgreSQL refuses to run {@code statement} inside a transaction block. */
    public static boolean runsOutsideTransactionOnPostgresql(SqlStatement statement) {
        return POSTGRESQL_OUTSIDE_TRANSACTION.matcher(statement.sql()).matches();
    }
}

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
                    + "|REINDEX\\s+(VERBOSE\\s+)?(SCHEMA|DATABASE|SYSTEM)|VACUUM|DISCARD\\s+ALL"
                    + "|(CREATE|DROP)\\s+(DATABASE|TABLESPACE|SUBSCRIPTION)|ALTER\\s+SYSTEM"
                    + "|ALTER\\s+DATABASE\\s.*\\sSET\\s+TABLESPACE)\\b.*");
    private static final Pattern ADD_ENUM_VALUE = Pattern.compile("(?is)ALTER\\s+TYPE\\s.*\\sADD\\s+VALUE\\b.*");

    private TransactionRules() {
    }

    /** Whether {@code statement} begins, ends or rolls back a transaction itself. */
    public static boolean controlsTransaction(SqlStatement statement) {
        return TRANSACTION_CONTROL.matcher(statement.sql()).matches();
    }

    /**
     * Whether PostgreSQL refuses to run {@code statement} inside a transaction block on any server (the statements
     * Flyway's PostgreSQL parser runs outside one).
     */
    public static boolean runsOutsideTransactionOnPostgresql(SqlStatement statement) {
        return POSTGRESQL_OUTSIDE_TRANSACTION.matcher(statement.sql()).matches();
    }

    /**
     * Whether a PostgreSQL server of major version {@code serverMajor} refuses to run {@code statement} inside a
     * transaction block: as above, and {@code ALTER TYPE ... ADD VALUE} before PostgreSQL 12.
     */
    public static boolean runsOutsideTransactionOnPostgresql(SqlStatement statement, int serverMajor) {
        return runsOutsideTransactionOnPostgresql(statement)
                || serverMajor < 12 && ADD_ENUM_VALUE.matcher(statement.sql()).matches();
    }
}

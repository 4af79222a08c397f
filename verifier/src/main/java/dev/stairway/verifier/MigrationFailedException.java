package dev.stairway.verifier;

/**
 * Flyway could not apply an up migration: names the file, the line and statement, and the database's message,
 * such as {@code Up migration sqlite/V2__broken.sql failed on sqlite database stairway_1.db at line 3
 * (CREAT TABLE broken (id INTEGER)): [SQLITE_ERROR] SQL error or missing database (near "CREAT": syntax error).
 * Fix that statement in sqlite/V2__broken.sql.}
 */
public final class MigrationFailedException extends ScriptFailedException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure told by {@code message}, with its parts: the script as the history names it, the line (from 1)
     * where the failing statement starts, the statement and the database's message, each null when unknown.
     */
    public MigrationFailedException(String message, String script, Integer line, String statement, String databaseMessage,
            Throwable cause) {
        super(message, script, line, statement, databaseMessage, cause);
    }
}

package dev.stairway.verifier;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A migration or undo script that failed on a database: which file, where in it, and what the database said.
 * Parts Flyway or the database did not give are empty. The message says it all on one line, for example
 * {@code Up migration sqlite/V2__broken.sql failed on sqlite database stairway_1.db at line 3 (CREAT TABLE broken
 * (id INTEGER)): [SQLITE_ERROR] SQL error or missing database (near "CREAT": syntax error). Fix that statement in
 * sqlite/V2__broken.sql.}
 */
public abstract sealed class ScriptFailedException extends RuntimeException
        permits MigrationFailedException, UndoFailedException {

    private static final long serialVersionUID = 1L;

    private final String script;
    private final Integer line;
    private final String statement;
    private final String databaseMessage;

    ScriptFailedException(String message, String script, Integer line, String statement, String databaseMessage,
            Throwable cause) {
        super(message, cause);
        this.script = script;
        this.line = line;
        this.statement = statement;
        this.databaseMessage = databaseMessage;
    }

    /** The failing file, as the history names it ({@code sqlite/V2__add_posts.sql}), or Flyway's name for it. */
    public Optional<String> script() {
        return Optional.ofNullable(script);
    }

    /** The line (from 1) where the failing statement starts. */
    public OptionalInt line() {
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** The failing statement's text. */
    public Optional<String> statement() {
        return Optional.ofNullable(statement);
    }

    /** The database's own error message. */
    public Optional<String> databaseMessage() {
        return Optional.ofNullable(databaseMessage);
    }
}

package dev.stairway.verifier;

/**
 * An undo script failed, and what it did was rolled back where the dialect allows: names the {@code U} file,
 * the line and first line of the statement, and the database's message, such as {@code Undo
 * postgresql/U3__add_chat.sql failed on postgresql database stairway_1 at line 2 (DROP TABLE chats):
 * ERROR: table "chats" does not exist. Nothing was undone: the undo ran in one transaction, rolled back.
 * Fix that statement in postgresql/U3__add_chat.sql.}
 */
public final class UndoFailedException extends ScriptFailedException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure told by {@code message}, with its parts: the script as the history names it, the line (from 1)
     * where the failing statement starts, the statement and the database's message, each null when unknown.
     */
    public UndoFailedException(String message, String script, Integer line, String statement, String databaseMessage,
            Throwable cause) {
        super(message, script, line, statement, databaseMessage, cause);
    }
}

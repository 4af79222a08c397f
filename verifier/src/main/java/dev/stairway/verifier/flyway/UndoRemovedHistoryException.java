package dev.stairway.verifier.flyway;

/**
 * An undo script dropped Flyway's history table, or deleted the row of the version it undoes, which Stairway
 * removes itself once the undo has run. The undo was rolled back where it ran in a transaction.
 *
 * <p>Engine: not part of Stairway's API; thrown by {@link UndoRunner#undo} for the walk.
 */
public final class UndoRemovedHistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UndoRemovedHistoryException(String message) {
        super(message);
    }
}

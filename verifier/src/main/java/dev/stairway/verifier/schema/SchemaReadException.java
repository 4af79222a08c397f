package dev.stairway.verifier.schema;

/** Thrown when a database's catalog cannot be read into a {@link SchemaSnapshot}. */
public final class SchemaReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message saying which database could not be read, and why. */
    public SchemaReadException(String message, Throwable cause) {
        super(message, cause);
    }
}

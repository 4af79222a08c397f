package dev.stairway.verifier.walk;

/**
 * Stairway could not read or seed a database at a step of the walk (its catalog reader or seeder failed): the walk
 * notes it at that revision and goes on rather than ending the run; the release gate notes it on the path.
 *
 * <p>Engine: not part of Stairway's API; public for the release gate.
 */
public final class CheckFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CheckFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

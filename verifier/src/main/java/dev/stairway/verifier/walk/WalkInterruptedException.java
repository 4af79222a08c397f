package dev.stairway.verifier.walk;

/**
 * The run was interrupted: the walk stops where it is, and what it had not finished is not walked.
 *
 * <p>Engine: not part of Stairway's API; public for the release gate, which stops the same way.
 */
public final class WalkInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    WalkInterruptedException() {
        super("the run was interrupted", null, false, false);
    }
}

package dev.stairway.verifier.walk;

import java.util.List;

/**
 * Flyway's history table does not hold what the walk expects: failed rows, or other applied versions.
 *
 * <p>Engine: not part of Stairway's API; thrown by {@link HistoryCheck#verify}.
 */
public final class HistoryInconsistentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** An inconsistency made of {@code problems} (at least one). */
    public HistoryInconsistentException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}

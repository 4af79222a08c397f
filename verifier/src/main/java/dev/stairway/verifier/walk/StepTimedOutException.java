package dev.stairway.verifier.walk;

import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.report.Step;
import java.time.Duration;
import java.util.Optional;

/**
 * A step of the walk ran past the time limit and was stopped; its cause is what the cancellation made it throw.
 *
 * <p>Engine: not part of Stairway's API; public for the release gate, which runs its steps within the same limit.
 */
public final class StepTimedOutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Step step;
    private final Duration limit;

    StepTimedOutException(Step step, Duration limit, RuntimeException cause) {
        super(step + " timed out after " + seconds(limit), cause);
        this.step = step;
        this.limit = limit;
    }

    /** The step that ran past the limit. */
    public Step step() {
        return step;
    }

    /**
     * What a user reads: {@code up timed out after 120 s at postgresql/V3__sleep.sql line 1 (SELECT
     * pg_sleep(1000)); make the step faster, or raise the limit with --step-timeout or stairway.step.timeout}.
     */
    public String detail() {
        String where = script().map(failure -> " at " + FailedStatement.describe(failure)).orElse("");
        return step + " timed out after " + seconds(limit) + where + "; make the step faster, or raise the limit"
                + " with --step-timeout or stairway.step.timeout";
    }

    private Optional<ScriptFailedException> script() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ScriptFailedException failure) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}

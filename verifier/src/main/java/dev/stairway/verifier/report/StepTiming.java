package dev.stairway.verifier.report;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one step of one revision took.
 *
 * @param step the step, such as {@link Step#UP}
 * @param duration how long it took
 */
public record StepTiming(Step step, Duration duration) {

    public StepTiming {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(duration, "duration");
    }
}

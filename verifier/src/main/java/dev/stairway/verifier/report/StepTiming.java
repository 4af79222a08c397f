package dev.stairway.verifier.report;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one step of one revision took.
 *
 * @param step the step: {@code seed}, {@code up}, {@code down}, {@code re-up} or {@code check}
 * @param duration how long it took
 */
public record StepTiming(String step, Duration duration) {

    public StepTiming {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(duration, "duration");
    }
}

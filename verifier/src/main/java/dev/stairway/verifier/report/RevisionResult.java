package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.locks.RevisionLocks;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the walk did and found at one revision on one dialect.
 *
 * @param version the revision's version, such as {@code 7}
 * @param description the revision's name, such as {@code add_chat_index}
 * @param dialect the dialect walked
 * @param timings the steps run, in order, with their durations
 * @param findings the findings at this revision on this dialect, failures and notices
 * @param locks the locks and rewrites measured on PostgreSQL; {@link RevisionLocks#NONE} when nothing was measured
 */
public record RevisionResult(RevisionVersion version, String description, Dialect dialect, List<StepTiming> timings,
        List<Finding> findings, RevisionLocks locks) {

    public RevisionResult {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dialect, "dialect");
        timings = List.copyOf(timings);
        findings = List.copyOf(findings);
        Objects.requireNonNull(locks, "locks");
    }

    /** A result with no locks measured. */
    public RevisionResult(RevisionVersion version, String description, Dialect dialect, List<StepTiming> timings,
            List<Finding> findings) {
        this(version, description, dialect, timings, findings, RevisionLocks.NONE);
    }

    /** The revision's label, such as {@code V7 add_chat_index}. */
    public String revision() {
        return Revision.label(version, description);
    }

    /** The display name of this revision on this dialect, such as {@code V7 add_chat_index [postgresql]}. */
    public String displayName() {
        return revision() + " [" + dialect.id() + "]";
    }

    /** Whether no finding here fails verification. */
    public boolean holds() {
        return findings.stream().noneMatch(Finding::isFailure);
    }

    /** The time all steps took together. */
    public Duration totalTime() {
        return timings.stream().map(StepTiming::duration).reduce(Duration.ZERO, Duration::plus);
    }
}

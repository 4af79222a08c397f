package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything one release gate found: a result per release per dialect. Immutable.
 *
 * @param migrations where the migrations were read from, as the user gave it
 * @param dialects   the dialects checked
 * @param results     one result per release per dialect, dialect by dialect, releases in the file's order; when
 *                    interrupted, those of the releases checked before
 * @param interrupted whether the run was interrupted ({@link dev.stairway.verifier.Interruption}) before every
 *                    release was checked: the release under way has no result, and the step stopped no finding
 * @param elapsed     the wall-clock time of the whole gate, database start-up included
 */
public record GateReport(String migrations, List<Dialect> dialects, List<ReleaseResult> results,
        boolean interrupted, Duration elapsed) {

    /** Checks the parts are present and copies the lists. */
    public GateReport {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(elapsed, "elapsed");
        dialects = List.copyOf(dialects);
        results = List.copyOf(results);
    }

    /** A report of a gate that ran to its end. */
    public GateReport(String migrations, List<Dialect> dialects, List<ReleaseResult> results, Duration elapsed) {
        this(migrations, dialects, results, false, elapsed);
    }

    /** Every finding, failures and notices, in the order of the results. */
    public List<Finding> findings() {
        return results.stream().flatMap(result -> result.findings().stream()).toList();
    }

    /** The findings that fail the gate. */
    public List<Finding> failures() {
        return findings().stream().filter(Finding::isFailure).toList();
    }

    /** Whether every release holds on every dialect: never when the run was interrupted. */
    public boolean holds() {
        return !interrupted && failures().isEmpty();
    }
}

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
 * @param results    one result per release per dialect, dialect by dialect, releases in the file's order
 * @param elapsed    the wall-clock time of the whole gate, database start-up included
 */
public record GateReport(String migrations, List<Dialect> dialects, List<ReleaseResult> results, Duration elapsed) {

    /** Checks the parts are present and copies the lists. */
    public GateReport {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(elapsed, "elapsed");
        dialects = List.copyOf(dialects);
        results = List.copyOf(results);
    }

    /** Every finding, failures and notices, in the order of the results. */
    public List<Finding> findings() {
        return results.stream().flatMap(result -> result.findings().stream()).toList();
    }

    /** The findings that fail the gate. */
    public List<Finding> failures() {
        return findings().stream().filter(Finding::isFailure).toList();
    }

    /** Whether every release holds on every dialect. */
    public boolean holds() {
        return failures().isEmpty();
    }
}

package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything one verification found: a result per revision per dialect, and the findings that concern both
 * dialects (parity). Immutable.
 *
 * @param migrations where the migrations were read from, as the user gave it
 * @param dialects the dialects walked
 * @param results one result per revision per dialect, in walk order
 * @param parityFindings findings comparing the dialects, one per divergent revision
 * @param warnings what the history reader found worth telling without stopping the walk, such as files named
 *                 almost like migrations that never run; they do not fail verification
 * @param elapsed the wall-clock time of the whole verification, database start-up included
 */
public record VerificationReport(String migrations, List<Dialect> dialects, List<RevisionResult> results,
        List<Finding> parityFindings, List<String> warnings, Duration elapsed) {

    public VerificationReport {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(elapsed, "elapsed");
        dialects = List.copyOf(dialects);
        results = List.copyOf(results);
        parityFindings = List.copyOf(parityFindings);
        warnings = List.copyOf(warnings);
    }

    /** A report with no warnings. */
    public VerificationReport(String migrations, List<Dialect> dialects, List<RevisionResult> results,
            List<Finding> parityFindings, Duration elapsed) {
        this(migrations, dialects, results, parityFindings, List.of(), elapsed);
    }

    /** Every finding, failures and notices, in walk order, parity last. */
    public List<Finding> findings() {
        return Stream.concat(results.stream().flatMap(result -> result.findings().stream()),
                parityFindings.stream()).toList();
    }

    /** The findings that fail verification. */
    public List<Finding> failures() {
        return findings().stream().filter(Finding::isFailure).toList();
    }

    /** Whether every revision holds on every dialect and the dialects agree. */
    public boolean holds() {
        return failures().isEmpty();
    }

    /** The results of one dialect, in walk order. */
    public List<RevisionResult> resultsOf(Dialect dialect) {
        return results.stream().filter(result -> result.dialect() == dialect).toList();
    }
}

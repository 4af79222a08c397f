package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything one verification found: a result per revision walked per dialect, the revisions not walked, and the
 * findings that concern both dialects (parity). Immutable.
 *
 * @param migrations where the migrations were read from, as the user gave it
 * @param dialects the dialects walked
 * @param results one result per revision walked per dialect, in walk order
 * @param notWalked the revisions not reached, per dialect, in walk order: after an up that fails on empty tables
 *     too, or after an interruption
 * @param parityFindings findings comparing the dialects, one per divergent revision, and notices about both
 * @param warnings what the history reader found worth telling without stopping the walk, such as files named
 *     almost like migrations that never run; they do not fail verification
 * @param interrupted whether the run was stopped before its end (SIGINT, SIGTERM, {@code Interruption})
 * @param elapsed the wall-clock time of the whole verification, database start-up included
 */
public record VerificationReport(String migrations, List<Dialect> dialects, List<RevisionResult> results,
        List<NotWalked> notWalked, List<Finding> parityFindings, List<String> warnings, boolean interrupted,
        Duration elapsed) {

    public VerificationReport {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(elapsed, "elapsed");
        dialects = List.copyOf(dialects);
        results = List.copyOf(results);
        notWalked = List.copyOf(notWalked);
        parityFindings = List.copyOf(parityFindings);
        warnings = List.copyOf(warnings);
    }

    /** A report with no warnings from the history reader. */
    public VerificationReport(String migrations, List<Dialect> dialects, List<RevisionResult> results,
            List<NotWalked> notWalked, List<Finding> parityFindings, boolean interrupted, Duration elapsed) {
        this(migrations, dialects, results, notWalked, parityFindings, List.of(), interrupted, elapsed);
    }

    /** A report of a run that walked every revision it was given. */
    public VerificationReport(String migrations, List<Dialect> dialects, List<RevisionResult> results,
            List<Finding> parityFindings, Duration elapsed) {
        this(migrations, dialects, results, List.of(), parityFindings, List.of(), false, elapsed);
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

    /** The findings that do not fail verification: irreversible revisions, seeding gaps, and the like. */
    public List<Finding> notices() {
        return findings().stream().filter(finding -> !finding.isFailure()).toList();
    }

    /** Whether the run was complete, every revision holds on every dialect and the dialects agree. */
    public boolean holds() {
        return !interrupted && failures().isEmpty();
    }

    /** The results of one dialect, in walk order. */
    public List<RevisionResult> resultsOf(Dialect dialect) {
        return results.stream().filter(result -> result.dialect() == dialect).toList();
    }

    /** The revisions of one dialect that were not walked, in order. */
    public List<NotWalked> notWalkedOf(Dialect dialect) {
        return notWalked.stream().filter(revision -> revision.dialect() == dialect).toList();
    }

    /** How many revisions of {@code dialect} the history has: those walked and those not. */
    public int revisionCount(Dialect dialect) {
        return resultsOf(dialect).size() + notWalkedOf(dialect).size();
    }

    /**
     * How many revisions were walked of how many, per dialect: {@code 3 of 4 revisions on sqlite and 4 of 4 on
     * postgresql}, or {@code 4 of 4 revisions on sqlite and postgresql} when the dialects agree.
     */
    public String walkedText() {
        List<String> counts = dialects.stream()
                .map(dialect -> resultsOf(dialect).size() + " of " + revisionCount(dialect)).toList();
        if (counts.stream().distinct().count() <= 1) {
            return (counts.isEmpty() ? "0 of 0" : counts.get(0)) + " revisions on "
                    + String.join(" and ", dialects.stream().map(Dialect::id).toList());
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < dialects.size(); i++) {
            text.append(i == 0 ? "" : " and ").append(counts.get(i)).append(i == 0 ? " revisions on " : " on ")
                    .append(dialects.get(i).id());
        }
        return text.toString();
    }

    /** Whether every revision of every dialect was walked. */
    public boolean walkedAll() {
        return notWalked.isEmpty();
    }
}

package dev.stairway.verifier.report;

import java.util.Locale;

/**
 * How one revision ended on one dialect, as the HTML report colours its cell: held, a finding, a notice only,
 * irreversible (walked up, never down), or not walked.
 */
enum Outcome {
    /** Every check passed and nothing was worth telling. */
    HELD("held"),
    /** A notice only: lock verdicts, column order, seeding incomplete, ... */
    NOTICE("notice"),
    /** At least one finding that fails verification. */
    FINDING("finding"),
    /** Declared irreversible: walked up only. */
    IRREVERSIBLE("irreversible"),
    /** Not walked: the walk stopped before it, or was interrupted. */
    NOT_WALKED("not walked");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The outcome of {@code result}. */
    static Outcome of(RevisionResult result) {
        if (!result.holds()) {
            return FINDING;
        }
        if (result.findings().stream().anyMatch(finding -> finding.kind() == FindingKind.IRREVERSIBLE)) {
            return IRREVERSIBLE;
        }
        if (result.timings().isEmpty()) {
            return NOT_WALKED;
        }
        return result.findings().isEmpty() ? HELD : NOTICE;
    }

    /** The words the report shows, such as {@code not walked}. */
    String label() {
        return label;
    }

    /** The CSS class of its cells, such as {@code not-walked}. */
    String css() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

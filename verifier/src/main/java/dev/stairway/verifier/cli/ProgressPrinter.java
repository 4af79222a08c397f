package dev.stairway.verifier.cli;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.locks.RevisionLocks;
import dev.stairway.verifier.locks.Verdict;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.ReleaseResult;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.report.StepTiming;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a line per revision per dialect as the walk goes (what ran, how long, and the verdicts), or a line per
 * release per dialect as the release gate goes, each followed by its findings.
 */
final class ProgressPrinter implements WalkListener {

    private final PrintWriter out;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void warning(String warning) {
        out.println("warning: " + warning);
        out.flush();
    }

    @Override
    public void dialectStarted(Dialect dialect, int revisions) {
        out.printf("%s: walking %d revisions up, down and up again%n", dialect.id(), revisions);
        out.flush();
    }

    @Override
    public void revisionWalked(RevisionResult result) {
        String steps = result.timings().stream()
                .map(timing -> timing.step().label() + " " + timing.duration().toMillis() + " ms")
                .collect(Collectors.joining(", "));
        out.printf("  %-48s %-40s schema %s, data %s%s%n", result.displayName(), steps,
                verdict(result, FindingKind.SCHEMA_NOT_RESTORED, FindingKind.SCHEMA_NOT_REPRODUCED),
                verdict(result, FindingKind.DATA_NOT_RESTORED, FindingKind.DATA_NOT_REPRODUCED), locks(result));
        printFindings(result.findings());
    }

    private void printFindings(List<Finding> findings) {
        for (Finding finding : findings) {
            String heading = "    " + (finding.isFailure() ? "FINDING " : "notice ") + finding.kind().label();
            if (isLockVerdict(finding)) {
                out.println(heading + ":");
                finding.details().forEach(verdict -> out.println("      " + verdict));
                continue;
            }
            out.println(heading + (finding.details().isEmpty() ? "" : ": " + String.join("; ", finding.details())));
        }
        out.flush();
    }

    /** The lock verdicts in brief: {@code , locks ok}, {@code , locks: table-rewrite}; nothing when not measured. */
    private static String locks(RevisionResult result) {
        RevisionLocks locks = result.locks();
        if (!locks.isMeasured()) {
            return "";
        }
        long accepted = locks.verdicts().stream().filter(Verdict::isAccepted).count();
        String acceptedNote = accepted == 0 ? "" : " (" + accepted + " accepted)";
        if (locks.openVerdicts().isEmpty()) {
            return ", locks ok" + acceptedNote;
        }
        return ", locks: " + locks.openVerdicts().stream().map(verdict -> verdict.code().code()).distinct()
                .collect(Collectors.joining(", ")) + acceptedNote;
    }

    private static boolean isLockVerdict(Finding finding) {
        return finding.kind() == FindingKind.LOCK_VERDICT || finding.kind() == FindingKind.LOCK_VERDICT_FAILED;
    }

    @Override
    public void revisionNotWalked(NotWalked revision) {
        out.printf("  %-48s NOT WALKED: %s%n", revision.displayName(), revision.reason());
        out.flush();
    }

    @Override
    public void gateStarted(Dialect dialect, int releases) {
        out.printf("%s: checking %d release%s: drift, upgrade, downgrade, legacy adoption%n", dialect.id(), releases,
                releases == 1 ? "" : "s");
        out.flush();
    }

    @Override
    public void releaseChecked(ReleaseResult result) {
        out.printf("  %-48s %s (%d ms)%n", result.displayName(), result.holds() ? "holds" : "FAILS",
                result.elapsed().toMillis());
        printFindings(result.findings());
    }

    private static String verdict(RevisionResult result, FindingKind restored, FindingKind reproduced) {
        boolean walked = result.timings().stream().map(StepTiming::step).anyMatch(Step.RE_UP::equals);
        boolean broken = result.findings().stream().anyMatch(f -> f.kind() == restored || f.kind() == reproduced);
        if (broken) {
            return "DIFFERS";
        }
        return walked ? "ok" : "not checked";
    }
}

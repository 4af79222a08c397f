package dev.stairway.verifier.cli;

import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.report.ReportFiles;
import dev.stairway.verifier.report.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code stairway verify <folder>}: walks every revision up, down and up again on each dialect. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Walks every revision of a migration folder (with sqlite/, postgresql/ and optional common/"
                + " subfolders) up, down and up again, and proves that schema and data come back.")
final class VerifyCommand extends CheckCommand<VerificationReport> {

    @Override
    VerificationReport check(Stairway stairway) {
        return stairway.verify();
    }

    @Override
    boolean holds(VerificationReport report) {
        return report.holds();
    }

    @Override
    void write(VerificationReport report, Path directory) {
        ReportFiles.write(report, directory);
    }

    @Override
    String couldNot() {
        return "could not verify";
    }

    @Override
    void printSummary(VerificationReport report, PrintWriter out) {
        if (report.interrupted()) {
            out.printf("Interrupted: walked %s (%d ms); %d finding(s) so far%s%n", report.walkedText(),
                    report.elapsed().toMillis(), report.failures().size(), report.failures().isEmpty() ? "." : ":");
        } else if (report.holds()) {
            out.printf("All %s hold on %s (%d ms).%n", revisionCounts(report), dialectNames(report.dialects()),
                    report.elapsed().toMillis());
        } else {
            out.printf("%d finding(s); walked %s (%d ms):%n", report.failures().size(), report.walkedText(),
                    report.elapsed().toMillis());
        }
        report.failures().forEach(finding -> out.println("  " + finding.message()));
        report.notices().forEach(notice -> out.println("  notice: " + notice.message()));
    }

    /** {@code 3 revisions}, or {@code revisions (4 on sqlite, 5 on postgresql)} when the dialects' counts differ. */
    private static String revisionCounts(VerificationReport report) {
        List<Integer> counts = report.dialects().stream().map(report::revisionCount).distinct().toList();
        if (counts.size() == 1) {
            return counts.get(0) + " revisions";
        }
        return "revisions (" + String.join(", ", report.dialects().stream()
                .map(dialect -> report.revisionCount(dialect) + " on " + dialect.id()).toList()) + ")";
    }
}

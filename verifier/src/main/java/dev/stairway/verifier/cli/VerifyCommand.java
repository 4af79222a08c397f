package dev.stairway.verifier.cli;

import dev.stairway.verifier.StairwayConfiguration;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.report.ReportFiles;
import dev.stairway.verifier.report.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stairway verify <folder>}: walks every revision up, down and up again on each dialect. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Walks every revision of a migration folder (with sqlite/, postgresql/ and optional common/"
                + " subfolders) up, down and up again, and proves that schema and data come back.")
final class VerifyCommand extends CheckCommand<VerificationReport> {

    @Option(names = "--locks", paramLabel = "notice|finding|off",
            description = "What to do with the locks and rewrites measured on PostgreSQL: notice (verdicts are"
                    + " notices), finding (verdicts a revision does not accept fail verification) or off (measure"
                    + " nothing). Default: STAIRWAY_LOCKS, else notice.")
    private String locks;

    /** Walks, the first SIGINT or SIGTERM ending the walk early with a report marked interrupted. */
    @Override
    VerificationReport check(StairwayConfiguration configuration) {
        LockPolicy lockPolicy = locks == null ? LockPolicy.configured(key -> Optional.empty())
                : LockPolicy.from(locks, "--locks");
        return interruptible(interruption -> configuration.interruption(interruption).locks(lockPolicy).load()
                .verify());
    }

    @Override
    int exitStatus(VerificationReport report) {
        if (report.interrupted()) {
            return interruptedStatus();
        }
        return report.holds() ? StairwayCommand.HOLDS : StairwayCommand.FINDINGS;
    }

    @Override
    void write(VerificationReport report, Path directory) {
        ReportFiles.write(report, directory);
    }

    @Override
    String written(Path directory) {
        return directory.resolve(ReportFiles.JSON) + ", " + directory.resolve(ReportFiles.MARKDOWN) + " and "
                + directory.resolve(ReportFiles.HTML);
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

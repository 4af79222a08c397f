package dev.stairway.verifier.cli;

import dev.stairway.verifier.StairwayConfiguration;
import dev.stairway.verifier.report.GateReport;
import dev.stairway.verifier.report.ReleaseResult;
import dev.stairway.verifier.report.ReportFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code stairway gate <folder>}: the release gate, every declared release's paths to the latest version. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "For every release the migration folder's releases file declares, on each dialect: reports"
                + " drift of the files it shipped, and proves that a database built at the release and holding rows"
                + " upgrades to the schema of a fresh install with its rows kept, comes back down to the release"
                + " with the undo scripts, and that a legacy install of it is adopted by a Flyway baseline as well.")
final class GateCommand extends CheckCommand<GateReport> {

    /** Gates, the first SIGINT or SIGTERM ending it early with a report marked interrupted. */
    @Override
    GateReport check(StairwayConfiguration configuration) {
        return interruptible(interruption -> configuration.interruption(interruption).load().gate());
    }

    @Override
    int exitStatus(GateReport report) {
        if (report.interrupted()) {
            return interruptedStatus();
        }
        return report.holds() ? StairwayCommand.HOLDS : StairwayCommand.FINDINGS;
    }

    @Override
    void printSummary(GateReport report, PrintWriter out) {
        long count = report.results().stream().map(ReleaseResult::release).distinct().count();
        String releases = count + (count == 1 ? " release" : " releases");
        if (report.interrupted()) {
            out.printf("Interrupted after %d release check(s) on %s (%d ms); %d finding(s) so far%s%n",
                    report.results().size(), dialectNames(report.dialects()), report.elapsed().toMillis(),
                    report.failures().size(), report.failures().isEmpty() ? "." : ":");
        } else if (report.holds()) {
            out.printf("All %s hold on %s (%d ms).%n", releases, dialectNames(report.dialects()),
                    report.elapsed().toMillis());
        } else {
            out.printf("%d finding(s) over %s on %s (%d ms):%n", report.failures().size(), releases,
                    dialectNames(report.dialects()), report.elapsed().toMillis());
        }
        report.failures().forEach(finding -> out.println("  " + finding.message()));
        report.findings().stream().filter(finding -> !finding.isFailure())
                .forEach(notice -> out.println("  notice: " + notice.message()));
    }

    @Override
    void write(GateReport report, Path directory) {
        ReportFiles.write(report, directory);
    }

    @Override
    String couldNot() {
        return "could not check the releases";
    }
}

package dev.stairway.verifier.cli;

import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.report.ReportFiles;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import java.nio.file.Path;
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
    Outcome outcome(VerificationReport report) {
        long revisions = report.results().stream().map(RevisionResult::version).distinct().count();
        return new Outcome(Outcome.counted(revisions, "revision"), report.dialects(), report.elapsed(),
                report.findings());
    }

    @Override
    void write(VerificationReport report, Path directory) {
        ReportFiles.write(report, directory);
    }

    @Override
    String couldNot() {
        return "could not verify";
    }
}

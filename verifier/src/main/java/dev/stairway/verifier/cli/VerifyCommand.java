package dev.stairway.verifier.cli;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.verifier.Interruption;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.report.ReportFiles;
import dev.stairway.verifier.report.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stairway verify <folder>}: walks every revision up, down and up again on each dialect. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Walks every revision of a migration folder (with sqlite/, postgresql/ and optional common/"
                + " subfolders) up, down and up again, and proves that schema and data come back.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<folder>",
            description = "The migration folder: a path, or classpath:db/migration.")
    private String folder;

    @Option(names = "--dialect", paramLabel = "sqlite|postgresql",
            description = "A dialect to walk; repeat for several. Default: STAIRWAY_DIALECTS, else both.")
    private List<String> dialects = new ArrayList<>();

    @Option(names = "--report", paramLabel = "<dir>",
            description = "Writes report.json, report.md and report.html there.")
    private Path reportDirectory;

    @Option(names = "--postgresql-url", paramLabel = "<url>",
            description = "An existing PostgreSQL server (postgres://user:pass@host:port/db); Stairway creates and"
                    + " drops only its own databases there.")
    private String postgresqlUrl;

    @Option(names = "--postgresql-version", paramLabel = "<major>",
            description = "The PostgreSQL major version for embedded or Testcontainers servers. Default: 17.")
    private String postgresqlVersion;

    @Option(names = "--postgresql-provider", paramLabel = "<provider>",
            description = "auto, embedded, testcontainers or external. Default: embedded (external with --postgresql-url).")
    private String postgresqlProvider;

    @Option(names = "--locks", paramLabel = "notice|finding|off",
            description = "What to do with the locks and rewrites measured on PostgreSQL: notice (verdicts are"
                    + " notices), finding (verdicts a revision does not accept fail verification) or off (measure"
                    + " nothing). Default: STAIRWAY_LOCKS, else notice.")
    private String locks;

    @Option(names = "--step-timeout", paramLabel = "<duration>",
            description = "How long one step (an up, an undo, seeding, a snapshot) may run before it is stopped and"
                    + " reported as timed out, such as 120s or 5m. Default: STAIRWAY_STEP_TIMEOUT, else 5m.")
    private String stepTimeout;

    @Option(names = "--sqlite-foreign-keys", paramLabel = "on|off",
            description = "Whether SQLite enforces foreign keys while migrations run, as the project's runtime does;"
                    + " off checks them with PRAGMA foreign_key_check after each step instead."
                    + " Default: STAIRWAY_SQLITE_FOREIGN_KEYS, else on.")
    private String sqliteForeignKeys;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VerificationReport report;
        Interruption interruption = new Interruption();
        int interruptedStatus;
        try (Signals signals = Signals.interruptOn(interruption)) {
            StairwaySettings settings = settings();
            report = Stairway.configure()
                    .migrations(folder)
                    .dialects(chosenDialects(settings))
                    .settings(settings)
                    .listener(new ProgressPrinter(out))
                    .interruption(interruption)
                    .locks(locks == null ? LockPolicy.configured(key -> Optional.empty())
                            : LockPolicy.from(locks, "--locks"))
                    .load()
                    .verify();
            interruptedStatus = signals.exitStatus();
        } catch (IllegalArgumentException | InvalidHistoryException e) {
            err.println("stairway verify: " + e.getMessage());
            return StairwayCommand.BAD_INPUT;
        } catch (IllegalStateException e) {
            // A database that could not be provisioned or read (an external server that refuses, a port in use):
            // nothing was verified, and the message says why.
            err.println("stairway verify: could not verify: " + e.getMessage());
            return StairwayCommand.BAD_INPUT;
        }
        printSummary(report, out);
        if (reportDirectory != null) {
            ReportFiles.write(report, reportDirectory);
            out.println("Report written to " + reportDirectory.resolve(ReportFiles.JSON) + ", "
                    + reportDirectory.resolve(ReportFiles.MARKDOWN) + " and " + reportDirectory.resolve(ReportFiles.HTML));
        }
        out.flush();
        if (report.interrupted()) {
            return interruptedStatus;
        }
        return report.holds() ? StairwayCommand.HOLDS : StairwayCommand.FINDINGS;
    }

    private List<Dialect> chosenDialects(StairwaySettings settings) {
        if (dialects.isEmpty()) {
            return settings.dialects().stream().sorted().toList();
        }
        return dialects.stream().map(Dialect::from).distinct().toList();
    }

    private StairwaySettings settings() {
        Map<String, String> values = new HashMap<>();
        if (postgresqlUrl != null) {
            values.put(StairwaySettings.POSTGRESQL_URL, postgresqlUrl);
            values.putIfAbsent(StairwaySettings.POSTGRESQL_PROVIDER, "external");
        }
        if (postgresqlVersion != null) {
            values.put(StairwaySettings.POSTGRESQL_VERSION, postgresqlVersion);
        }
        if (postgresqlProvider != null) {
            values.put(StairwaySettings.POSTGRESQL_PROVIDER, postgresqlProvider);
        }
        if (stepTimeout != null) {
            values.put(StairwaySettings.STEP_TIMEOUT, stepTimeout);
        }
        if (sqliteForeignKeys != null) {
            values.put(StairwaySettings.SQLITE_FOREIGN_KEYS, sqliteForeignKeys);
        }
        try {
            return StairwaySettings.from(key -> Optional.ofNullable(values.get(key)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(inOptionNames(e.getMessage()), e);
        }
    }

    /** A settings message about values given as options, naming the options rather than the settings behind them. */
    private static String inOptionNames(String message) {
        return message.replace(StairwaySettings.POSTGRESQL_VERSION, "--postgresql-version")
                .replace(StairwaySettings.POSTGRESQL_PROVIDER, "--postgresql-provider")
                .replace(StairwaySettings.POSTGRESQL_URL, "--postgresql-url")
                .replace(StairwaySettings.STEP_TIMEOUT, "--step-timeout")
                .replace(StairwaySettings.SQLITE_FOREIGN_KEYS, "--sqlite-foreign-keys");
    }

    private static void printSummary(VerificationReport report, PrintWriter out) {
        out.println();
        if (report.interrupted()) {
            out.printf("Interrupted: walked %s (%d ms); %d finding(s) so far%s%n", report.walkedText(),
                    report.elapsed().toMillis(), report.failures().size(), report.failures().isEmpty() ? "." : ":");
        } else if (report.holds()) {
            out.printf("All %s hold on %s (%d ms).%n", revisionCounts(report), dialectNames(report),
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

    private static String dialectNames(VerificationReport report) {
        return String.join(" and ", report.dialects().stream().map(Dialect::id).toList());
    }
}

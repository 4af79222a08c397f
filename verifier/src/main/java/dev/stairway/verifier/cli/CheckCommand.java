package dev.stairway.verifier.cli;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.fixtures.postgresql.PostgresServers;
import dev.stairway.verifier.Interruption;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.StairwayConfiguration;
import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.report.ReportFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command that checks a migration folder on test databases it provisions itself ({@code verify},
 * {@code gate}): the folder and the options saying where databases come from, progress as it goes, a summary, the
 * report files, and the exit status: {@link StairwayCommand#HOLDS} when everything holds,
 * {@link StairwayCommand#FINDINGS} when something was found, {@link StairwayCommand#BAD_INPUT} when nothing could
 * be checked, 130 or 143 when SIGINT or SIGTERM interrupted it.
 *
 * @param <R> the report the check makes
 */
abstract class CheckCommand<R> implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<folder>",
            description = "The migration folder: a path, or classpath:db/migration.")
    private String folder;

    @Option(names = "--dialect", paramLabel = "sqlite|postgresql",
            description = "A dialect to run on; repeat for several. Default: STAIRWAY_DIALECTS, else both.")
    private List<String> dialects = new ArrayList<>();

    @Option(names = "--report", paramLabel = "<dir>", description = "Writes report.json and report.md there.")
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

    @Option(names = "--sqlite-foreign-keys", paramLabel = "on|off",
            description = "Whether SQLite enforces foreign keys while migrations run, as the project's runtime does;"
                    + " off checks them with PRAGMA foreign_key_check after each step instead."
                    + " Default: STAIRWAY_SQLITE_FOREIGN_KEYS, else on.")
    private String sqliteForeignKeys;

    @Option(names = "--step-timeout", paramLabel = "<duration>",
            description = "How long one step (an up, an undo, seeding, a snapshot) may run before it is stopped and"
                    + " reported as timed out, such as 120s or 5m. Default: STAIRWAY_STEP_TIMEOUT, else 5m.")
    private String stepTimeout;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The exit status a signal calls for, when one interrupted the check. */
    private int interruptedStatus;

    /** The option that gives each setting. */
    private static final Map<String, String> OPTION_NAMES = Map.of(
            StairwaySettings.POSTGRESQL_VERSION, "--postgresql-version",
            StairwaySettings.POSTGRESQL_PROVIDER, "--postgresql-provider",
            StairwaySettings.POSTGRESQL_URL, "--postgresql-url",
            StairwaySettings.STEP_TIMEOUT, "--step-timeout",
            StairwaySettings.SQLITE_FOREIGN_KEYS, "--sqlite-foreign-keys");

    /** Loads {@code configuration} (folder, dialects, settings and progress printer set) and runs the check. */
    abstract R check(StairwayConfiguration configuration);

    /** Prints the summary that follows the progress lines: the verdict, then the findings. */
    abstract void printSummary(R report, PrintWriter out);

    /** The exit status the report calls for: {@link StairwayCommand#HOLDS} or {@link StairwayCommand#FINDINGS}. */
    abstract int exitStatus(R report);

    /** Writes the report files into {@code directory}. */
    abstract void write(R report, Path directory);

    /** Adds the settings of the command's own options to {@code values}; none by default. */
    void addSettings(Map<String, String> values) {
    }

    /**
     * Runs {@code check} with an {@link Interruption} that the first SIGINT or SIGTERM throws, so that the check
     * ends early with a report marked interrupted; {@link #interruptedStatus()} then tells the exit status.
     */
    R interruptible(Function<Interruption, R> check) {
        Interruption interruption = new Interruption();
        try (Signals signals = Signals.interruptOn(interruption)) {
            R report = check.apply(interruption);
            interruptedStatus = signals.exitStatus();
            return report;
        }
    }

    /** The exit status of a check a signal interrupted: 130 (SIGINT) or 143 (SIGTERM). */
    int interruptedStatus() {
        return interruptedStatus;
    }

    /** What the command could not do when a database failed it, such as {@code could not verify}. */
    abstract String couldNot();

    /** The report files {@link #write} writes into {@code directory}, as the command names them. */
    String written(Path directory) {
        return directory.resolve(ReportFiles.JSON) + " and " + directory.resolve(ReportFiles.MARKDOWN);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String command = "stairway " + spec.name() + ": ";
        R report;
        try {
            StairwaySettings settings = settings();
            Optional<String> unwritable = unwritableFolder();
            if (unwritable.isPresent()) {
                err.println(command + unwritable.get());
                return StairwayCommand.BAD_INPUT;
            }
            List<Dialect> chosen = dialects(settings);
            if (chosen.contains(Dialect.POSTGRESQL)) {
                checkPostgresqlProvider(settings);
            }
            report = check(Stairway.configure()
                    .migrations(folder)
                    .dialects(chosen)
                    .settings(settings)
                    .listener(new ProgressPrinter(out)));
        } catch (IllegalArgumentException | InvalidHistoryException e) {
            err.println(command + e.getMessage());
            return StairwayCommand.BAD_INPUT;
        } catch (IllegalStateException e) {
            // A database that could not be provisioned or read (an external server that refuses, a port in use):
            // nothing was checked, and the message says why.
            err.println(command + couldNot() + ": " + e.getMessage());
            return StairwayCommand.BAD_INPUT;
        }
        out.println();
        printSummary(report, out);
        if (reportDirectory != null) {
            write(report, reportDirectory);
            out.println("Report written to " + written(reportDirectory));
        }
        out.flush();
        return exitStatus(report);
    }

    /**
     * Why a folder the command will write cannot be written, found before anything runs (a walk takes minutes):
     * the temporary directory, then the {@code --report} folder.
     */
    private Optional<String> unwritableFolder() {
        Optional<String> temporary = WritableFolders.temporaryDirectoryProblem(
                Path.of(System.getProperty("java.io.tmpdir")));
        if (temporary.isPresent() || reportDirectory == null) {
            return temporary;
        }
        return WritableFolders.reportFolderProblem("--report", reportDirectory);
    }

    /** The dialects' names for a summary: {@code sqlite and postgresql}. */
    static String dialectNames(List<Dialect> dialects) {
        return String.join(" and ", dialects.stream().map(Dialect::id).toList());
    }

    /** The dialects chosen with {@code --dialect}, else those of the settings, in order. */
    private List<Dialect> dialects(StairwaySettings settings) {
        if (dialects.isEmpty()) {
            return settings.dialects().stream().sorted().toList();
        }
        return dialects.stream().map(Dialect::from).distinct().toList();
    }

    /**
     * The settings the options give, the environment filling in the rest; a value given as an option is named by
     * its option in every message about it (a wrong value now, a server that refuses the URL later).
     */
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
        if (sqliteForeignKeys != null) {
            values.put(StairwaySettings.SQLITE_FOREIGN_KEYS, sqliteForeignKeys);
        }
        if (stepTimeout != null) {
            values.put(StairwaySettings.STEP_TIMEOUT, stepTimeout);
        }
        addSettings(values);
        try {
            return StairwaySettings.fromCommandLine(values, OPTION_NAMES);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(inOptionNames(e.getMessage()), e);
        }
    }

    /**
     * Refuses, before any walk, a PostgreSQL provider that cannot give a server (external without a URL,
     * testcontainers without Docker), naming the options.
     */
    private static void checkPostgresqlProvider(StairwaySettings settings) {
        try {
            PostgresServers.checkProvider(settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(inOptionNames(e.getMessage()), e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(inOptionNames(e.getMessage()), e);
        }
    }

    /** A settings message that also mentions other settings, naming the options rather than the settings behind them. */
    private static String inOptionNames(String message) {
        String named = message;
        for (Map.Entry<String, String> option : OPTION_NAMES.entrySet()) {
            named = named.replace(option.getKey(), option.getValue());
        }
        return named;
    }
}

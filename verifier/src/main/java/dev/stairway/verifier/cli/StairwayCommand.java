package dev.stairway.verifier.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stairway} command line. {@code stairway verify <folder>} walks a migration history, {@code stairway
 * gate <folder>} checks its releases ({@code stairway release} records one); {@code info}, {@code upgrade},
 * {@code downgrade} and {@code plan} work on a database given by URL. Exit status 0 when everything holds (or was
 * done), 1 when there are findings (or it stopped short), 2 for bad input or usage, 130 or 143 when SIGINT or
 * SIGTERM interrupted a walk (the report is written and marked interrupted).
 */
@Command(name = "stairway", mixinStandardHelpOptions = true, version = "stairway 0.1.0",
        description = "Proves that every Flyway migration goes up, down and up again on SQLite and PostgreSQL, gates"
                + " releases on their upgrade paths, and upgrades and downgrades a database.",
        subcommands = {VerifyCommand.class, GateCommand.class, ReleaseCommand.class, InfoCommand.class,
                UpgradeCommand.class, DowngradeCommand.class, PlanCommand.class})
public final class StairwayCommand implements Runnable {

    /** Exit status when everything holds. */
    public static final int HOLDS = 0;
    /** Exit status when verification found something. */
    public static final int FINDINGS = 1;
    /** Exit status for bad input or usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line with {@code args} and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with {@code args} and returns its exit status, for embedding and tests. */
    public static int run(String... args) {
        return new CommandLine(new StairwayCommand()).execute(args);
    }

    /**
     * Runs the command line with {@code args}, printing progress and the summary to {@code out} and errors and
     * usage to {@code err}, and returns its exit status, for embedding and tests.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new StairwayCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'stairway verify <folder>'.");
    }
}

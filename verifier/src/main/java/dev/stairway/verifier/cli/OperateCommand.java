package dev.stairway.verifier.cli;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.JdbcUrls;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.operate.AppliedRevisions;
import dev.stairway.verifier.operate.DatabaseUrl;
import dev.stairway.verifier.operate.OperatedDatabase;
import dev.stairway.verifier.operate.Plan;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that works on an operator's database given by {@code --url} against a migration folder ({@code info},
 * {@code upgrade}, {@code downgrade}, {@code plan}). Exit status: {@link StairwayCommand#HOLDS} when done,
 * {@link StairwayCommand#FINDINGS} when it stopped short (a script failed, an irreversible revision, a confirmation
 * missing), {@link StairwayCommand#BAD_INPUT} when nothing could be done (a bad URL, version or folder, a database
 * that does not answer). No password is ever printed.
 */
abstract class OperateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private DatabaseUrl parsed;

    /** Does the command's work, printing to {@code out}; its exit status. */
    abstract int run(PrintWriter out);

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out);
        } catch (IllegalArgumentException | InvalidHistoryException e) {
            err.println(prefix() + masked(e.getMessage()));
            return StairwayCommand.BAD_INPUT;
        } catch (IllegalStateException e) {
            err.println(prefix() + "could not " + spec.name() + ": " + masked(e.getMessage()));
            return StairwayCommand.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** What error lines start with: {@code stairway downgrade: }. */
    final String prefix() {
        return "stairway " + spec.name() + ": ";
    }

    /** Prints a script's failure and where the database is now; {@link StairwayCommand#FINDINGS}. */
    final int failed(ScriptFailedException failure, Migrations migrations, OperatedDatabase database) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(prefix() + masked(failure.getMessage()));
        err.println(prefix() + "the database is at " + describe(migrations.applied(database)) + ".");
        return StairwayCommand.FINDINGS;
    }

    /** Parses the URL; keeps its password to mask it in every message. */
    final DatabaseUrl url(String url) {
        parsed = DatabaseUrl.parse(url);
        return parsed;
    }

    /** The migration folder's revisions of {@code dialect}. */
    static MigrationHistory history(String folder, Dialect dialect) {
        return MigrationHistory.configure().location(folder).dialects(dialect).load();
    }

    /**
     * What a command works with: the database's URL, the folder's revisions of its dialect, and the runner that
     * applies them and reads the history table.
     */
    record Migrations(DatabaseUrl database, List<Revision> revisions, FlywayRunner flyway) {

        /** What {@code opened}'s history table says, against the revisions. */
        AppliedRevisions applied(OperatedDatabase opened) {
            return AppliedRevisions.read(flyway, opened, revisions);
        }
    }

    /** Parses {@code url} and reads {@code folder}'s revisions of its dialect. */
    final Migrations migrations(String url, String folder) {
        DatabaseUrl database = url(url);
        MigrationHistory history = history(folder, database.dialect());
        return new Migrations(database, history.revisions(database.dialect()),
                FlywayRunner.of(history, database.dialect()));
    }

    /** How a database's current version reads: {@code V14 rename_auth_active}, or {@code base}. */
    static String describe(AppliedRevisions applied) {
        return applied.currentRow().map(OperateCommand::label).orElse(Plan.name(Optional.empty()));
    }

    /** An applied version as a line names it: its revision's label, else Flyway's version and description. */
    static String label(AppliedRevisions.Row row) {
        return row.revision().map(Revision::label).orElseGet(() -> Revision.label(row.migration().version()
                .orElseThrow(), row.migration().description()));
    }

    private String masked(String message) {
        String text = message == null ? "" : message;
        return parsed == null ? JdbcUrls.mask(text) : parsed.masked(text);
    }
}

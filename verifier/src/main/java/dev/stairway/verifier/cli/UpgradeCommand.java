package dev.stairway.verifier.cli;

import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.operate.AppliedRevisions;
import dev.stairway.verifier.operate.DatabaseUrl;
import dev.stairway.verifier.operate.OperatedDatabase;
import dev.stairway.verifier.operate.Targets;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stairway upgrade [<version>|head] --url <url> <folder>}: Flyway migrate to that version. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Applies the migration folder's pending revisions to a database with Flyway, up to the version"
                + " given (default: head, the latest).")
final class UpgradeCommand extends OperateCommand {

    @Option(names = "--url", required = true, paramLabel = "<url>", description = OperateOptions.URL)
    private String url;

    @Parameters(arity = "1..2", paramLabel = "[<version>|head] <folder>",
            description = "The target (default head), then " + OperateOptions.FOLDER)
    private List<String> arguments = new ArrayList<>();

    @Override
    int run(PrintWriter out) {
        String folder = arguments.get(arguments.size() - 1);
        String target = arguments.size() == 2 ? arguments.get(0) : "head";
        Migrations migrations = migrations(url, folder);
        DatabaseUrl database = migrations.database();
        RevisionVersion to = Targets.upgrade(target, migrations.revisions());
        try (OperatedDatabase opened = OperatedDatabase.open(database, true)) {
            AppliedRevisions applied = migrations.applied(opened);
            if (applied.current().isPresent() && applied.current().get().compareTo(to) > 0) {
                throw new IllegalArgumentException("The database is at " + describe(applied) + ", above V" + to
                        + ": an upgrade goes up. Use downgrade to go down.");
            }
            List<Revision> pending = applied.pending().stream().filter(revision -> revision.version().compareTo(to) <= 0)
                    .toList();
            if (pending.isEmpty()) {
                out.println("Nothing to apply: " + database + " is at " + describe(applied) + ".");
                return StairwayCommand.HOLDS;
            }
            out.println("Upgrading " + database + " from " + describe(applied) + " to V" + to + ": " + pending.size()
                    + (pending.size() == 1 ? " revision" : " revisions"));
            pending.forEach(revision -> out.println("  " + revision.label()));
            try {
                migrations.flyway().migrate(opened, to);
            } catch (ScriptFailedException e) {
                return failed(e, migrations, opened);
            }
            out.println("Now at " + describe(migrations.applied(opened)) + ".");
        }
        return StairwayCommand.HOLDS;
    }
}

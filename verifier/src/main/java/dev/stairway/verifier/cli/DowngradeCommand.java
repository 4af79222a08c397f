package dev.stairway.verifier.cli;

import dev.stairway.verifier.UndoFailedException;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.UndoRunner;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.operate.AppliedRevisions;
import dev.stairway.verifier.operate.DatabaseUrl;
import dev.stairway.verifier.operate.Downgrade;
import dev.stairway.verifier.operate.OperatedDatabase;
import dev.stairway.verifier.operate.Plan;
import dev.stairway.verifier.operate.Targets;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stairway downgrade -1|-<n>|<version>|base --url <url> <folder> [--yes]}: the undo scripts, latest first. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Undoes a database's latest revisions with the migration folder's U scripts, latest first, each"
                + " in a transaction with its flyway_schema_history row. Prints what it will run first; stops at an"
                + " irreversible revision; asks for --yes before dropping tables that hold rows.")
final class DowngradeCommand extends OperateCommand {

    @Option(names = "--url", required = true, paramLabel = "<url>", description = OperateOptions.URL)
    private String url;

    @Option(names = "--yes", description = "Go ahead even though the downgrade drops tables that hold rows.")
    private boolean yes;

    @Parameters(index = "0", paramLabel = "-1|-<n>|<version>|base",
            description = "How far down: one or n revisions, down to a version (which stays applied), or base.")
    private String target;

    @Parameters(index = "1", paramLabel = "<folder>", description = OperateOptions.FOLDER)
    private String folder;

    @Override
    int run(PrintWriter out) {
        Migrations migrations = migrations(url, folder);
        DatabaseUrl database = migrations.database();
        FlywayRunner flyway = migrations.flyway();
        try (OperatedDatabase opened = OperatedDatabase.open(database, false)) {
            AppliedRevisions applied = migrations.applied(opened);
            if (!applied.failed().isEmpty()) {
                throw new IllegalArgumentException(flyway.historyTable() + " on " + database + " holds a failed "
                        + label(applied.failed().get(0)) + ": repair it (flyway repair) before a downgrade.");
            }
            Optional<RevisionVersion> to = Targets.downgrade(target, applied);
            if (to.equals(applied.current())) {
                out.println("Nothing to undo: " + database + " is at " + describe(applied) + ".");
                return StairwayCommand.HOLDS;
            }
            applied.undoable().stream()
                    .filter(row -> to.isEmpty() || row.migration().version().orElseThrow().compareTo(to.get()) > 0)
                    .filter(row -> row.revision().isEmpty())
                    .findFirst().ifPresent(row -> {
                        throw new IllegalArgumentException(label(row) + " is applied on the database but is not in "
                                + folder + ": a downgrade cannot undo it. Give the folder that holds it.");
                    });
            Plan plan = Plan.between(migrations.revisions(), applied.current(), to, flyway, opened.name(), opened.username());
            out.println("Downgrading " + database + " from " + describe(applied) + " to " + Plan.name(to) + ":");
            out.print(plan.render(database.dialect().id()));
            Map<String, Long> atRisk = Downgrade.tablesWithRows(plan, opened);
            if (!atRisk.isEmpty() && !yes) {
                out.println();
                out.println("This downgrade drops tables that hold rows: " + atRisk.entrySet().stream()
                        .map(table -> table.getKey() + " (" + table.getValue() + (table.getValue() == 1 ? " row)"
                                : " rows)"))
                        .collect(Collectors.joining(", ")) + ". Nothing was run. Run it again with --yes to go ahead.");
                return StairwayCommand.FINDINGS;
            }
            out.println();
            try {
                Downgrade.run(plan, opened, UndoRunner.of(flyway), script -> out.println("Undone "
                        + script.revision().label() + "."));
            } catch (UndoFailedException e) {
                return failed(e, migrations, opened);
            }
            String now = describe(migrations.applied(opened));
            if (plan.blockedReason().isPresent()) {
                out.println("Stopped: " + plan.blockedReason().get() + ". The database is at " + now
                        + ", not " + Plan.name(to) + ".");
                return StairwayCommand.FINDINGS;
            }
            out.println("Now at " + now + ".");
        }
        return StairwayCommand.HOLDS;
    }
}

package dev.stairway.verifier.cli;

import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.operate.AppliedRevisions;
import dev.stairway.verifier.operate.DatabaseUrl;
import dev.stairway.verifier.operate.OperatedDatabase;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stairway info --url <url> <folder>}: what a database has applied, its version, and what is pending. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Shows the revisions a database has applied (from flyway_schema_history) and whether each has"
                + " an undo, its current version, and the revisions of the migration folder still pending.")
final class InfoCommand extends OperateCommand {

    @Option(names = "--url", required = true, paramLabel = "<url>", description = OperateOptions.URL)
    private String url;

    @Parameters(index = "0", paramLabel = "<folder>", description = OperateOptions.FOLDER)
    private String folder;

    @Override
    int run(PrintWriter out) {
        Migrations migrations = migrations(url, folder);
        DatabaseUrl database = migrations.database();
        List<Revision> revisions = migrations.revisions();
        try (OperatedDatabase opened = OperatedDatabase.open(database, false)) {
            AppliedRevisions applied = migrations.applied(opened);
            Revision latest = revisions.get(revisions.size() - 1);
            out.println("Database: " + database);
            out.println("Migrations: " + folder + " (" + database.dialect().id() + "), " + revisions.size()
                    + " revisions, latest " + latest.label());
            out.println("Current version: " + (applied.current().isPresent() ? describe(applied)
                    : "none (" + migrations.flyway().historyTable() + " is absent or empty)"));
            out.println();
            out.println("Applied (" + applied.rows().size() + "):");
            applied.rows().forEach(row -> out.printf("  %-44s %s%n", label(row), undo(row)));
            out.println("Pending (" + applied.pending().size() + "):");
            applied.pending().forEach(revision -> out.println("  " + revision.label()));
        }
        return StairwayCommand.HOLDS;
    }

    private static String undo(AppliedRevisions.Row row) {
        if (!row.migration().success()) {
            return "FAILED: repair it (flyway repair) before migrating";
        }
        if (row.isBaseline()) {
            return "baseline: nothing to undo";
        }
        if (row.revision().isEmpty()) {
            return "not in the migration folder: cannot be undone";
        }
        Revision revision = row.revision().get();
        if (revision.undo().isPresent()) {
            return "undo " + revision.undo().get().path();
        }
        return revision.irreversible().map(reason -> "no undo: irreversible (" + reason + ")")
                .orElse("no undo: expected " + revision.dialect().id() + "/U" + revision.version() + "__"
                        + revision.description() + ".sql");
    }
}

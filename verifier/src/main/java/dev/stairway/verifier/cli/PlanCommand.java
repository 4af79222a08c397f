package dev.stairway.verifier.cli;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.operate.DatabaseUrl;
import dev.stairway.verifier.operate.Plan;
import dev.stairway.verifier.operate.Targets;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stairway plan <from> <to> <folder> (--url <url> | --dialect <dialect>)}: the SQL, without a database. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints, without touching a database, the SQL an upgrade or a downgrade between two versions"
                + " runs, script by script in order, each after a line naming its revision and file, with Flyway's"
                + " placeholders replaced.")
final class PlanCommand extends OperateCommand {

    /** Which dialect's scripts: from a URL (never connected to), or named. */
    static final class Target {
        @Option(names = "--url", paramLabel = "<url>", description = "A database URL, only read for its dialect, its"
                + " database name and user (the placeholders ${flyway:database} and ${flyway:user}); never"
                + " connected to.")
        private String url;

        @Option(names = "--dialect", paramLabel = "sqlite|postgresql", description = "The dialect, when no URL is"
                + " given; ${flyway:database} and ${flyway:user} then stay as written.")
        private String dialect;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Parameters(index = "0", paramLabel = "<from>", description = "base, head or a version.")
    private String from;

    @Parameters(index = "1", paramLabel = "<to>", description = "base, head or a version.")
    private String to;

    @Parameters(index = "2", paramLabel = "<folder>", description = OperateOptions.FOLDER)
    private String folder;

    @Override
    int run(PrintWriter out) {
        DatabaseUrl database = target.url == null ? null : url(target.url);
        Dialect dialect = database == null ? Dialect.from(target.dialect) : database.dialect();
        MigrationHistory history = history(folder, dialect);
        List<Revision> revisions = history.revisions(dialect);
        Plan plan = Plan.between(revisions, Targets.point(from, revisions), Targets.point(to, revisions),
                FlywayRunner.of(history, dialect), database == null ? null : database.name(),
                database == null ? null : database.user());
        out.print(plan.render(dialect.id()));
        return plan.blockedBy().isPresent() ? StairwayCommand.FINDINGS : StairwayCommand.HOLDS;
    }
}

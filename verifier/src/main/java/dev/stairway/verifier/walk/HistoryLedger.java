package dev.stairway.verifier.walk;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.AppliedMigration;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.HistoryTail;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk's {@link HistoryCheck} on the database it walks, reading only what a step can have changed: the rows of
 * the history table it checked last stay known, and the next check reads the rows above the last but one of them
 * (an undo removes the latest row, an up or a re-up adds rows above it) with the count, the sum of the installed
 * ranks and the number of failed rows below. When that summary is not what the known rows give (a row below was
 * removed, added or failed since), or the database is another one, the whole table is read again. Each check then
 * judges all the rows, as {@link HistoryCheck} does, so a walk of many revisions reads a few rows per step instead of
 * the whole table.
 */
final class HistoryLedger {

    private final FlywayRunner flyway;
    /** The database {@link #known} are rows of; null before the first check. */
    private TestDatabase database;
    private List<AppliedMigration> known = List.of();

    HistoryLedger(FlywayRunner flyway) {
        this.flyway = flyway;
    }

    /** What is wrong with {@code database}'s history table, as {@link HistoryCheck#problems} tells it. */
    List<String> problems(TestDatabase database, List<RevisionVersion> expected) {
        List<AppliedMigration> rows = rows(database);
        this.database = database;
        this.known = rows;
        return HistoryCheck.problems(flyway.historyTable(), database, rows, expected);
    }

    private List<AppliedMigration> rows(TestDatabase database) {
        if (database != this.database || known.size() < 2) {
            return flyway.applied(database);
        }
        List<AppliedMigration> kept = known.subList(0, known.size() - 1);
        HistoryTail tail;
        try {
            tail = flyway.appliedAfter(database, kept.get(kept.size() - 1).installedRank());
        } catch (IllegalStateException e) {
            return flyway.applied(database); // the table is gone, or cannot be read: read it as from scratch
        }
        long rankSum = 0;
        int failed = 0;
        for (AppliedMigration row : kept) {
            rankSum += row.installedRank();
            failed += row.success() ? 0 : 1;
        }
        if (tail.rowsUpTo() != kept.size() || tail.rankSumUpTo() != rankSum || tail.failedUpTo() != failed) {
            return flyway.applied(database);
        }
        List<AppliedMigration> rows = new ArrayList<>(kept.size() + tail.rowsAbove().size());
        rows.addAll(kept);
        rows.addAll(tail.rowsAbove());
        return rows;
    }
}

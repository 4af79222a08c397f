package dev.stairway.verifier.walk;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.AppliedMigration;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks Flyway's history table after a step of the walk: no failed rows, and the applied versioned migrations
 * exactly the expected versions, in order. Repeatable migrations, baselines and Flyway's schema-creation row
 * are not versioned migrations and are left out.
 *
 * <p>Engine: not part of Stairway's API; public for the Flyway runner's tests and the reference history's.
 */
public final class HistoryCheck {

    private HistoryCheck() {
    }

    /**
     * What is wrong with {@code database}'s history table, one sentence per problem; empty when it holds
     * exactly {@code expected}.
     */
    public static List<String> problems(FlywayRunner flyway, TestDatabase database, List<RevisionVersion> expected) {
        return problems(flyway.historyTable(), database, flyway.applied(database), expected);
    }

    /** What is wrong with {@code rows}, the rows of {@code database}'s history table {@code table}, as above. */
    static List<String> problems(String table, TestDatabase database, List<AppliedMigration> rows,
            List<RevisionVersion> expected) {
        List<String> problems = new ArrayList<>();
        for (AppliedMigration row : rows) {
            if (!row.success()) {
                problems.add(table + " on " + database + " has a failed row: "
                        + row.version().map(version -> "version " + version + " ").orElse("") + "(" + row.script()
                        + ") with success = false; expected none");
            }
        }
        List<RevisionVersion> found = rows.stream().filter(AppliedMigration::isVersionedMigration)
                .map(row -> row.version().orElseThrow()).toList();
        if (!found.equals(expected)) {
            problems.add(table + " on " + database + ": expected applied versions " + expected
                    + ", found " + found);
        }
        return problems;
    }

    /**
     * Checks as {@link #problems}, throwing when there is any.
     *
     * @throws HistoryInconsistentException listing the problems
     */
    public static void verify(FlywayRunner flyway, TestDatabase database, List<RevisionVersion> expected) {
        List<String> problems = problems(flyway, database, expected);
        if (!problems.isEmpty()) {
            throw new HistoryInconsistentException(problems);
        }
    }
}

package dev.stairway.verifier.operate;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.UndoFailedException;
import dev.stairway.verifier.flyway.UndoRunner;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a downgrade's plan on a database: each undo script in its own transaction with the deletion of its row from
 * Flyway's history table, latest first, stopping at the first that fails.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class Downgrade {

    private Downgrade() {
    }

    /**
     * The tables the plan's scripts drop for good that hold rows on {@code database} now, with how many: what the
     * downgrade would lose, and what the operator confirms.
     */
    public static Map<String, Long> tablesWithRows(Plan plan, TestDatabase database) {
        List<String> scripts = plan.scripts().stream().map(PlannedScript::sql).toList();
        try {
            return DroppedTables.withRows(database, DroppedTables.of(scripts, database.dialect()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of the tables the downgrade drops on " + database
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Undoes the plan's revisions on {@code database}, telling {@code done} of each as it is undone.
     *
     * @throws UndoFailedException for the first undo that failed: it was rolled back, the ones before it stay undone
     */
    public static void run(Plan plan, TestDatabase database, UndoRunner undo, Consumer<PlannedScript> done) {
        for (PlannedScript script : plan.scripts()) {
            undo.undo(database, script.revision());
            done.accept(script);
        }
    }
}

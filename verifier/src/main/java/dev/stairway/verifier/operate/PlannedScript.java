package dev.stairway.verifier.operate;

import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;

/**
 * One script an upgrade or a downgrade runs: the revision, its up or undo script, and the SQL as it runs, Flyway's
 * placeholders replaced.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param revision the revision applied or undone
 * @param script   its {@code V} (upgrade) or {@code U} (downgrade) script
 * @param sql      the script's text as it runs
 */
public record PlannedScript(Revision revision, MigrationScript script, String sql) {

    /** The line printed before the script: {@code -- V15 hot_query_indexes: sqlite/V15__hot_query_indexes.sql}. */
    public String header() {
        return "-- " + revision.label() + ": " + script.path();
    }
}

package dev.stairway.verifier.operate;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.AppliedMigration;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a database's Flyway history table says, read against the revisions of a migration folder: the versions
 * applied (with the revision each is, if the folder has it), the current version, and the revisions pending.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class AppliedRevisions {

    /**
     * One applied version.
     *
     * @param migration the history table's row
     * @param revision  the folder's revision of that version; empty for a baseline, or a version the folder lacks
     */
    public record Row(AppliedMigration migration, Optional<Revision> revision) {

        /** Whether it is Flyway's baseline row rather than a migration. */
        public boolean isBaseline() {
            return migration.type().equals("BASELINE");
        }
    }

    private final List<Row> rows;
    private final List<Revision> pending;

    private AppliedRevisions(List<Row> rows, List<Revision> pending) {
        this.rows = List.copyOf(rows);
        this.pending = List.copyOf(pending);
    }

    /** Reads {@code database}'s history table with {@code flyway}, against {@code revisions} (one dialect's). */
    public static AppliedRevisions read(FlywayRunner flyway, TestDatabase database, List<Revision> revisions) {
        List<Row> rows = new ArrayList<>();
        for (AppliedMigration migration : flyway.applied(database)) {
            if (migration.version().isEmpty() || migration.type().equals("SCHEMA")) {
                continue;
            }
            RevisionVersion version = migration.version().get();
            Optional<Revision> revision = migration.type().equals("BASELINE") ? Optional.empty()
                    : revisions.stream().filter(candidate -> candidate.version().equals(version)).findFirst();
            rows.add(new Row(migration, revision));
        }
        Optional<RevisionVersion> current = current(rows);
        List<Revision> pending = revisions.stream()
                .filter(revision -> current.isEmpty() || revision.version().compareTo(current.get()) > 0)
                .toList();
        return new AppliedRevisions(rows, pending);
    }

    private static Optional<RevisionVersion> current(List<Row> rows) {
        return rows.stream().filter(row -> row.migration().success())
                .map(row -> row.migration().version().orElseThrow())
                .max(RevisionVersion::compareTo);
    }

    /** The applied versions and the baseline, in the order Flyway recorded them. */
    public List<Row> rows() {
        return rows;
    }

    /** The latest version applied (or baselined); empty for a database Flyway has not migrated. */
    public Optional<RevisionVersion> current() {
        return current(rows);
    }

    /** The row of the current version, if any. */
    public Optional<Row> currentRow() {
        return current().flatMap(version -> rows.stream()
                .filter(row -> row.migration().success() && row.migration().version().orElseThrow().equals(version))
                .reduce((first, second) -> second));
    }

    /** The folder's revisions above the current version, in order: what an upgrade to the latest applies. */
    public List<Revision> pending() {
        return pending;
    }

    /** The rows of migrations that failed; Flyway refuses to migrate until they are repaired. */
    public List<Row> failed() {
        return rows.stream().filter(row -> !row.migration().success()).toList();
    }

    /** The versioned migrations applied, latest first, baselines left out: what a downgrade undoes, in order. */
    public List<Row> undoable() {
        List<Row> migrations = new ArrayList<>(rows.stream()
                .filter(row -> row.migration().success() && !row.isBaseline()).toList());
        java.util.Collections.reverse(migrations);
        return migrations;
    }
}

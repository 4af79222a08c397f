package dev.stairway.verifier.gate;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.data.DataComparison;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.walk.DialectSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Takes a database from the latest version back down to a release with the undo scripts, latest first, and proves
 * it is as it was at the release on the way up: the same schema, the same rows (declared lossy columns aside). An
 * irreversible revision on the way is where the way down ends: it is a notice, and what lies above it is checked
 * against the state at that revision. A revision with no undo blocks the way: a finding. The rows of a table whose
 * generated rows the way up took out to get an up past them are not compared: the way down cannot bring them back.
 */
final class DowngradePath {

    private final List<Revision> revisions;
    private final DialectSteps steps;
    private final GateFindings findings;

    /** A way down through {@code revisions} (one dialect's, in order), each undo run by {@code steps}. */
    DowngradePath(List<Revision> revisions, DialectSteps steps, GateFindings findings) {
        this.revisions = List.copyOf(revisions);
        this.steps = steps;
        this.findings = findings;
    }

    /**
     * Undoes the revisions above {@code release} on {@code database}, at the latest version, and compares it with
     * the state the way up had at the version it got down to ({@code states}, by version), leaving out the rows
     * of the tables {@code takenOutAbove} names for that version.
     */
    void run(TestDatabase database, RevisionVersion release, Map<RevisionVersion, DatabaseState> states,
            Function<RevisionVersion, Set<String>> takenOutAbove) {
        List<Revision> above = new ArrayList<>(revisions.stream()
                .filter(revision -> revision.version().compareTo(release) > 0).toList());
        if (above.isEmpty()) {
            return;
        }
        String latest = "V" + above.get(above.size() - 1).version();
        List<Revision> undone = new ArrayList<>();
        RevisionVersion target = release;
        for (int index = above.size() - 1; index >= 0; index--) {
            Revision revision = above.get(index);
            if (revision.irreversible().isPresent()) {
                findings.add(FindingKind.DOWNGRADE_STOPS, revision.label() + " is irreversible ("
                        + revision.irreversible().get() + "): the way down from " + latest + " to V" + release
                        + " ends there, so it is checked from " + latest + " down to V" + revision.version() + " only");
                target = revision.version();
                break;
            }
            if (revision.undo().isEmpty() || revision.undoIsEmpty()) {
                findings.add(FindingKind.DOWNGRADE_BLOCKED, revision.label() + " has no undo"
                        + (revision.undo().isPresent() ? " (" + revision.undo().get().path() + " is empty)"
                                : " (expected U" + revision.version() + "__" + revision.description() + ".sql)")
                        + ": the way down from " + latest + " cannot pass it to reach V" + release + ". Write its undo,"
                        + " or declare it '-- stairway:irreversible <reason>'.");
                return;
            }
            try {
                steps.run(Step.DOWN, () -> {
                    steps.undo(database, revision);
                    return null;
                });
            } catch (ScriptFailedException e) {
                findings.add(FindingKind.DOWNGRADE_FAILED, "undoing from " + latest + " to V" + release + ": "
                        + e.getMessage());
                return;
            }
            undone.add(revision);
        }
        if (undone.isEmpty()) {
            return;
        }
        DatabaseState expected = states.get(target);
        DatabaseState actual = DatabaseState.of(steps, database);
        String context = "as at V" + target + " on the way up";
        findings.schema(expected.schema(), actual.schema(), FindingKind.DOWNGRADE_SCHEMA_DIFFERS, context);
        // rows matched by their table's key, so a value the undo cannot bring back reads per column, as in the walk
        DataComparison rows = DataComparison.between(expected.data(), actual.data(), UpgradePath.lossy(undone),
                Set.of(), expected.schema());
        // the tables whose generated rows were taken out for a retried up cannot have them back
        List<String> lines = rows.withoutTables(takenOutAbove.apply(target)).lines();
        if (!lines.isEmpty()) {
            List<String> details = new ArrayList<>(lines);
            details.add("compared with the rows " + context);
            findings.add(FindingKind.DOWNGRADE_LOST_DATA, details);
        }
    }
}

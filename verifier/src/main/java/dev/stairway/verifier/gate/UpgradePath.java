package dev.stairway.verifier.gate;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.FindingKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Migrates a database holding rows from a start version to the latest one, and proves its rows are kept. It
 * stops before and after each irreversible revision on the way: rows missing after a stretch of ordinary revisions
 * are lost data (declared lossy columns aside), rows an irreversible revision removed are a notice, as it declares
 * it may remove them. The state at each stop is kept for the way down.
 */
final class UpgradePath {

    /** The finding kinds of one path: a release's upgrade, or a legacy install's adoption. */
    record Kinds(FindingKind failed, FindingKind lostData) {
        static final Kinds UPGRADE = new Kinds(FindingKind.UPGRADE_FAILED, FindingKind.UPGRADE_LOST_DATA);
        static final Kinds LEGACY = new Kinds(FindingKind.LEGACY_ADOPTION_FAILED, FindingKind.LEGACY_LOST_DATA);
    }

    private final List<Revision> revisions;
    private final FlywayRunner flyway;
    private final Kinds kinds;
    private final GateFindings findings;
    private final Map<RevisionVersion, DatabaseState> states = new LinkedHashMap<>();

    /** A path through {@code revisions} (one dialect's, in order), applied by {@code flyway}. */
    UpgradePath(List<Revision> revisions, FlywayRunner flyway, Kinds kinds, GateFindings findings) {
        this.revisions = List.copyOf(revisions);
        this.flyway = flyway;
        this.kinds = kinds;
        this.findings = findings;
    }

    /**
     * Migrates {@code database}, in {@code start} at {@code from} (named {@code fromName} in findings, such as
     * {@code V5}), to the latest version.
     *
     * @return the state at the latest version, empty when a migration failed (and was reported)
     */
    Optional<DatabaseState> run(TestDatabase database, DatabaseState start, RevisionVersion from, String fromName) {
        states.put(from, start);
        DatabaseState before = start;
        RevisionVersion at = from;
        String atName = fromName;
        for (RevisionVersion stop : stops(from)) {
            try {
                flyway.migrate(database, stop);
            } catch (ScriptFailedException e) {
                findings.add(kinds.failed(), List.of("migrating from " + atName + " to V" + stop + ": "
                        + e.getMessage()));
                return Optional.empty();
            }
            DatabaseState after = DatabaseState.read(database, flyway.historyTable());
            List<Revision> applied = between(at, stop);
            String stopName = "V" + stop;
            Revision alone = applied.size() == 1 ? applied.get(0) : null;
            if (alone != null && alone.irreversible().isPresent()) {
                // it declares that it removes data: say what went, briefly, as a notice
                List<String> removed = DataKept.lost(before, after, Set.of(), atName, stopName, false);
                if (!removed.isEmpty()) {
                    List<String> details = new ArrayList<>();
                    details.add("on the way up from " + fromName + ", " + alone.label() + " is irreversible ("
                            + alone.irreversible().get() + ")");
                    details.addAll(removed);
                    findings.add(FindingKind.IRREVERSIBLE_REMOVED_ROWS, details);
                }
            } else {
                List<String> lost = DataKept.lost(before, after, lossy(applied), atName, stopName, true);
                if (!lost.isEmpty()) {
                    findings.add(kinds.lostData(), lost);
                }
            }
            states.put(stop, after);
            before = after;
            at = stop;
            atName = stopName;
        }
        return Optional.of(before);
    }

    /** The state at each version the path stopped at, the start included. */
    Map<RevisionVersion, DatabaseState> states() {
        return Map.copyOf(states);
    }

    /** The latest version, and the versions before and at each irreversible revision above {@code from}. */
    private List<RevisionVersion> stops(RevisionVersion from) {
        TreeSet<RevisionVersion> stops = new TreeSet<>();
        RevisionVersion previous = null;
        for (Revision revision : revisions) {
            if (revision.version().compareTo(from) > 0 && revision.irreversible().isPresent()) {
                if (previous != null && previous.compareTo(from) > 0) {
                    stops.add(previous);
                }
                stops.add(revision.version());
            }
            previous = revision.version();
        }
        if (!revisions.isEmpty()) {
            stops.add(revisions.get(revisions.size() - 1).version());
        }
        return List.copyOf(stops.tailSet(from, false));
    }

    private List<Revision> between(RevisionVersion from, RevisionVersion to) {
        return revisions.stream().filter(revision -> revision.version().compareTo(from) > 0
                && revision.version().compareTo(to) <= 0).toList();
    }

    /** The columns the undo scripts of {@code applied} declare lossy: data those revisions do not keep. */
    static Set<String> lossy(List<Revision> applied) {
        Set<String> lossy = new TreeSet<>();
        applied.forEach(revision -> lossy.addAll(revision.lossyColumns()));
        return lossy;
    }
}

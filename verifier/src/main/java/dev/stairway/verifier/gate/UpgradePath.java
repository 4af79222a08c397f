package dev.stairway.verifier.gate;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.data.SeededRow;
import dev.stairway.verifier.flyway.AppliedMigration;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.walk.DialectSteps;
import dev.stairway.verifier.walk.HistoryCheck;
import dev.stairway.verifier.walk.UpRetry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Migrates a database holding rows from a start version to the latest one, and proves its rows are kept. It
 * stops before and after each irreversible revision on the way: rows missing after a stretch of ordinary revisions
 * are lost data (declared lossy columns aside, and columns the ups set on purpose: {@link ColumnsSetByUps}), rows an
 * irreversible revision removed are a notice, as it declares it may remove them. The state at each stop is kept for
 * the way down.
 *
 * <p>An up that fails only on the generated rows is tried again without the rows in its way, as the walk does
 * ({@link UpRetry}): a notice of the walk's kind, and the path goes on, its rows compared from there on.
 */
final class UpgradePath {

    /** The finding kinds of one path: a release's upgrade, or a legacy install's adoption. */
    record Kinds(FindingKind failed, FindingKind lostData) {
        static final Kinds UPGRADE = new Kinds(FindingKind.UPGRADE_FAILED, FindingKind.UPGRADE_LOST_DATA);
        static final Kinds LEGACY = new Kinds(FindingKind.LEGACY_ADOPTION_FAILED, FindingKind.LEGACY_LOST_DATA);
    }

    private final List<Revision> revisions;
    private final FlywayRunner flyway;
    private final DialectSteps steps;
    private final Kinds kinds;
    private final GateFindings findings;
    /** A database at a version as the path built it, without generated rows: where a retry goes on. */
    private final Function<RevisionVersion, TestDatabase> withoutGeneratedRows;
    private final Map<RevisionVersion, DatabaseState> states = new LinkedHashMap<>();
    /** The tables whose generated rows a retry took out, by the version the path was at then. */
    private final Map<RevisionVersion, Set<String>> takenOut = new HashMap<>();
    private final ColumnsSetByUps setByUps = new ColumnsSetByUps();
    private TestDatabase database;
    private List<SeededRow> generated;

    /**
     * A path through {@code revisions} (one dialect's, in order), applied by {@code flyway}, each step run by
     * {@code steps}; {@code withoutGeneratedRows} builds the path's database at a version anew, without generated
     * rows, for an up that fails on them (its steps within the time limit themselves).
     */
    UpgradePath(List<Revision> revisions, FlywayRunner flyway, DialectSteps steps, Kinds kinds,
            GateFindings findings, Function<RevisionVersion, TestDatabase> withoutGeneratedRows) {
        this.revisions = List.copyOf(revisions);
        this.flyway = flyway;
        this.steps = steps;
        this.kinds = kinds;
        this.findings = findings;
        this.withoutGeneratedRows = withoutGeneratedRows;
    }

    /**
     * Migrates {@code start}, a database in state {@code startState} at {@code from} (named {@code fromName} in
     * findings, such as {@code V5}) holding the generated rows {@code generatedRows}, to the latest version. The
     * database the path ends on is {@link #database()}: {@code start}, or one built anew for a retry ({@code start}
     * is closed then).
     *
     * @return the state at the latest version, empty when a migration failed (and was reported)
     */
    Optional<DatabaseState> run(TestDatabase start, List<SeededRow> generatedRows, DatabaseState startState,
            RevisionVersion from, String fromName) {
        database = start;
        generated = new ArrayList<>(generatedRows);
        states.put(from, startState);
        DatabaseState before = startState;
        RevisionVersion at = from;
        String atName = fromName;
        for (RevisionVersion stop : stops(from)) {
            String stretchName = atName;
            Optional<ScriptFailedException> failed = up(database, stop);
            while (failed.isPresent()) {
                RevisionVersion reached = reached(from);
                if (reached.compareTo(at) > 0) {
                    before = stopAt(reached, before, at, atName);
                    at = reached;
                    atName = "V" + reached;
                }
                Optional<DatabaseState> retried = retry(failed.get(), before, at, fromName, stretchName, stop);
                if (retried.isEmpty()) {
                    return Optional.empty();
                }
                before = retried.get();
                states.put(at, before);
                failed = up(database, stop);
            }
            before = stopAt(stop, before, at, atName);
            at = stop;
            atName = "V" + stop;
        }
        return Optional.of(before);
    }

    /**
     * Reads the database's state at {@code to}, where the path has got to, tells what it lost since {@code before}
     * (at {@code at}), and keeps it for the way down.
     */
    private DatabaseState stopAt(RevisionVersion to, DatabaseState before, RevisionVersion at, String atName) {
        DatabaseState there = DatabaseState.of(steps, database);
        compare(before, there, at, atName, to, "V" + to);
        states.put(to, there);
        return there;
    }

    /** Tells what of {@code before} (at {@code at}) is not in {@code after} (at {@code to}). */
    private void compare(DatabaseState before, DatabaseState after, RevisionVersion at, String atName,
            RevisionVersion to, String toName) {
        List<Revision> applied = between(at, to);
        Revision alone = applied.size() == 1 ? applied.get(0) : null;
        if (alone != null && alone.irreversible().isPresent()) {
            // it declares that it removes data: say what went, briefly, as a notice
            List<String> removed = DataKept.lost(before, after, Set.of(), atName, toName, false);
            if (!removed.isEmpty()) {
                List<String> details = new ArrayList<>();
                details.add("on the way up from " + atName + ", " + alone.label() + " is irreversible ("
                        + alone.irreversible().get() + ")");
                details.addAll(removed);
                findings.add(FindingKind.IRREVERSIBLE_REMOVED_ROWS, details);
            }
            return;
        }
        Map<String, String> set = ColumnsSetByUps.of(applied, before.schema());
        Set<String> left = new TreeSet<>(lossy(applied));
        left.addAll(set.keySet());
        List<String> lost = DataKept.lost(before, after, left, atName, toName, true);
        if (!lost.isEmpty()) {
            findings.add(kinds.lostData(), lost);
        }
        setByUps.changed(before, after, set, atName, toName)
                .forEach(notice -> findings.add(FindingKind.VALUES_SET_BY_UP, notice));
    }

    /** Applies the ups of {@code target} up to {@code version} within the time limit; the failure, if one failed. */
    private Optional<ScriptFailedException> up(TestDatabase target, RevisionVersion version) {
        try {
            // the failure leaves the guarded step, so that a statement stopped at the time limit is told as such
            steps.run(Step.UP, () -> {
                flyway.migrate(target, version);
                return null;
            });
            return Optional.empty();
        } catch (ScriptFailedException e) {
            return Optional.of(e);
        }
    }

    /**
     * Tries the up that failed with {@code failure}, at {@code at}, again without the generated rows in its way;
     * the state it goes on from, empty when it fails without them too (reported).
     */
    private Optional<DatabaseState> retry(ScriptFailedException failure, DatabaseState before, RevisionVersion at,
            String fromName, String stretchName, RevisionVersion stop) {
        Revision failing = revisions.stream().filter(revision -> revision.version().compareTo(at) > 0).findFirst()
                .orElseThrow();
        List<RevisionVersion> applied = versionsApplied(database);
        UpRetry retry = new UpRetry(target -> up(target, failing.version()),
                target -> steps.run(Step.CHECK, () -> steps.data(target)),
                () -> withoutGeneratedRows.apply(at),
                target -> HistoryCheck.problems(flyway, target, applied).isEmpty()
                        && before.schema().equals(steps.run(Step.CHECK, () -> steps.schema(target))));
        UpRetry.Outcome outcome = retry.retry(database, generated, failure);
        if (outcome instanceof UpRetry.Passed passed) {
            List<String> details = new ArrayList<>(passed.details().stream()
                    .map(detail -> detail.replace("the walk goes on", "the path goes on")).toList());
            details.set(0, "on the way up from " + fromName + ": " + details.get(0));
            findings.add(FindingKind.UP_FAILS_ON_EXISTING_ROWS, details);
            Set<String> tables = new TreeSet<>();
            generated.stream().filter(row -> passed.database() != database || !passed.generated().contains(row))
                    .forEach(row -> tables.add(row.table()));
            takenOut.computeIfAbsent(at, version -> new TreeSet<>()).addAll(tables);
            database = passed.database();
            generated = new ArrayList<>(passed.generated());
            return Optional.of(new DatabaseState(before.schema(), passed.dataBefore()));
        }
        findings.add(kinds.failed(), List.of("migrating from " + stretchName + " to V" + stop + ": "
                + ((UpRetry.Failed) outcome).failure().getMessage()));
        return Optional.empty();
    }

    /** The latest version applied to the database, {@code from} when none was above it. */
    private RevisionVersion reached(RevisionVersion from) {
        return versionsApplied(database).stream().filter(version -> version.compareTo(from) > 0)
                .reduce((first, second) -> second).orElse(from);
    }

    private List<RevisionVersion> versionsApplied(TestDatabase target) {
        return steps.run(Step.CHECK, () -> flyway.applied(target)).stream()
                .filter(AppliedMigration::isVersionedMigration)
                .map(row -> row.version().orElseThrow())
                .toList();
    }

    /** The database the path is on: the one it started with, or the one a retry built anew. */
    TestDatabase database() {
        return database;
    }

    /** The state at each version the path stopped at, the start included. */
    Map<RevisionVersion, DatabaseState> states() {
        return Map.copyOf(states);
    }

    /**
     * The tables whose rows at {@code version} were not all carried up the path: a retry took generated rows of
     * theirs out above it. The way down cannot bring those rows back, so it does not compare those tables' rows.
     */
    Set<String> takenOutAbove(RevisionVersion version) {
        Set<String> tables = new HashSet<>();
        takenOut.forEach((at, names) -> {
            if (at.compareTo(version) > 0) {
                tables.addAll(names);
            }
        });
        return tables;
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

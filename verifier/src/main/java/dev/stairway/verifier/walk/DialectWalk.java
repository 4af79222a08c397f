package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.Interruption;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.catalog.CatalogReader;
import dev.stairway.verifier.data.DataComparison;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.SeededRow;
import dev.stairway.verifier.data.SeedingFailure;
import dev.stairway.verifier.data.SeedingResult;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.UndoRemovedHistoryException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.locks.RevisionLocks;
import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.postgresql.LockProbe;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.report.StepTiming;
import dev.stairway.verifier.schema.SchemaDiff;
import dev.stairway.verifier.schema.SchemaDifference;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Walks one dialect's revisions in one pass on one database: before each revision it seeds and fingerprints,
 * then goes up, down and up again, comparing schema and rows after each step. After a finding that leaves the
 * database in doubt it rebuilds the database at that revision and goes on, so one run reports every broken
 * revision. An up that fails only on the generated rows is tried again without them ({@link UpRetry}); every step
 * runs within the time limit and stops when the run is interrupted ({@link StepGuard}); the revisions after an up
 * that fails on its own are listed as not walked ({@link WalkProgress}). The work on databases (new ones, seeding,
 * snapshots, undos) is {@link DialectSteps}, which the release gate shares.
 *
 * <p>Engine: not part of Stairway's API; public for {@link dev.stairway.verifier.Stairway}. A walk runs once.
 */
public final class DialectWalk {

    private final MigrationHistory history;
    private final Dialect dialect;
    private final FlywayRunner flyway;
    /** Databases, ups, seeding and snapshots, each step within the time limit: shared with the release gate. */
    private final DialectSteps steps;
    private final WalkListener listener;
    private final WalkProgress progress;
    private final LockProbe locks;
    private final ForeignKeyCheck foreignKeys = new ForeignKeyCheck();
    private final HistoryLedger historyChecks;
    /** The tables the seeder could not fill, and its failures, each told once. */
    private final Set<String> unseedableTables = new HashSet<>();
    private final VolatileColumns volatileColumns;

    /**
     * A walk of {@code dialect}'s revisions of {@code history}, on databases from {@code databases}, each step
     * stopped after {@code stepTimeLimit} or when {@code interruption} is thrown.
     */
    public DialectWalk(MigrationHistory history, Dialect dialect, Databases databases, WalkListener listener,
            Duration stepTimeLimit, Interruption interruption) {
        this(history, dialect, databases, listener, stepTimeLimit, interruption, LockPolicy.NOTICE);
    }

    /** A walk as above that measures locks and rewrites on PostgreSQL as {@code lockPolicy} says. */
    public DialectWalk(MigrationHistory history, Dialect dialect, Databases databases, WalkListener listener,
            Duration stepTimeLimit, Interruption interruption, LockPolicy lockPolicy) {
        this.history = history;
        this.dialect = dialect;
        this.steps = new DialectSteps(history, dialect, databases, stepTimeLimit, interruption);
        this.flyway = steps.flyway();
        this.historyChecks = new HistoryLedger(flyway);
        this.listener = listener;
        this.progress = new WalkProgress(dialect, history.revisions(dialect), listener);
        this.locks = LockProbe.of(flyway, dialect, lockPolicy);
        this.volatileColumns = new VolatileColumns(CatalogReader.of(dialect, flyway.historyTable()));
    }

    /** Walks every revision in order: what it found at each, and which it did not reach. */
    public DialectOutcome walk() {
        listener.dialectStarted(dialect, history.revisions(dialect).size());
        if (steps.interrupted()) {
            progress.interruptedBeforeStart();
            return progress.outcome();
        }
        TestDatabase database = steps.create();
        try (steps) {
            SchemaSnapshot schema = steps.schema(database);
            DataSnapshot data = null;
            List<SeededRow> generated = List.of();
            List<RevisionVersion> applied = new ArrayList<>();
            for (Revision revision : history.revisions(dialect)) {
                RevisionStep step = new RevisionStep(revision, database, schema, data, generated, applied);
                try {
                    progress.walked(step.run());
                } catch (WalkInterruptedException e) {
                    progress.interruptedAt(revision);
                    break;
                } finally {
                    database = step.database;
                }
                if (step.stopped.isPresent()) {
                    progress.stopsAfter(revision, step.stopped.get());
                    break;
                }
                schema = step.schema;
                data = step.data;
                generated = step.generated;
                applied.add(revision.version());
            }
        } finally {
            database.close();
        }
        return progress.outcome();
    }

    /** One revision's walk; keeps the database, schema and rows it ends with (rows null when not known). */
    private final class RevisionStep {
        private final Revision revision;
        private final List<RevisionVersion> appliedBefore;
        private final List<Finding> findings = new ArrayList<>();
        private final List<StepTiming> timings = new ArrayList<>();
        private TestDatabase database;
        private SchemaSnapshot schema;
        private DataSnapshot data;
        private List<SeededRow> generated;
        /** Why the walk of this dialect stops after this revision, once it must. */
        private Optional<String> stopped = Optional.empty();
        private RevisionLocks measured = RevisionLocks.NONE;

        RevisionStep(Revision revision, TestDatabase database, SchemaSnapshot schemaBefore, DataSnapshot dataBefore,
                List<SeededRow> generated, List<RevisionVersion> appliedBefore) {
            this.revision = revision;
            this.database = database;
            this.schema = schemaBefore;
            this.data = dataBefore;
            this.generated = new ArrayList<>(generated);
            this.appliedBefore = List.copyOf(appliedBefore);
        }

        RevisionResult run() {
            try {
                walk();
            } catch (StepTimedOutException e) {
                if (e.step() == Step.UP) {
                    findings.add(finding(FindingKind.TIMED_OUT, List.of(e.detail(), stopsHere())));
                    stop("the up of " + revision.label() + " timed out");
                } else {
                    findings.add(finding(FindingKind.TIMED_OUT, List.of(e.detail())));
                    rebuild();
                }
            } catch (CheckFailedException e) {
                findings.add(finding(FindingKind.NOT_CHECKED, List.of(e.getMessage()
                        + "; the walk rebuilds " + revision.label() + " and goes on")));
                rebuild();
            }
            locks.finding(revision, measured).ifPresent(findings::add);
            return new RevisionResult(revision.version(), revision.description(), dialect, merged(timings),
                    findings, measured);
        }

        private void walk() {
            SchemaSnapshot schemaBefore = schema;
            boolean seededRows = seed();
            // the rows the previous revision ended with are still the rows, unless seeding added some
            DataSnapshot dataBefore = data != null && !seededRows ? data : timed(Step.CHECK, () -> steps.data(database));
            measureLocks(ScriptKind.UP);
            Optional<ScriptFailedException> upFailed = apply(Step.UP, database);
            if (upFailed.isPresent()) {
                dataBefore = retry(upFailed.get(), schemaBefore);
                if (stopped.isPresent()) {
                    return;
                }
            }
            SchemaSnapshot schemaAfterUp = timed(Step.CHECK, () -> steps.schema(database));
            DataSnapshot dataAfterUp = timed(Step.CHECK, () -> steps.data(database));
            progress.schemaAfterUp(revision.version(), schemaAfterUp);
            schema = schemaAfterUp;
            data = dataAfterUp;
            foreignKeys(Step.UP, revision.up());
            if (!historyHolds(withThis())) {
                rebuild();
                return;
            }
            if (!hasUndo()) {
                return;
            }
            measureLocks(ScriptKind.UNDO);
            if (!down()) {
                rebuild();
                return;
            }
            foreignKeys(Step.DOWN, revision.undo().get());
            String before = "as at " + previousLabel();
            compare(schemaBefore, dataBefore, FindingKind.SCHEMA_NOT_RESTORED, FindingKind.DATA_NOT_RESTORED,
                    difference -> SchemaFindingText.afterDown(difference, before), Set.of());
            if (!historyHolds(appliedBefore) || !reUp()) {
                rebuild();
                return;
            }
            Set<String> presenceOnly = volatileColumns(schemaAfterUp, dataAfterUp);
            boolean reproduced = compare(schemaAfterUp, dataAfterUp, FindingKind.SCHEMA_NOT_REPRODUCED,
                    FindingKind.DATA_NOT_REPRODUCED, SchemaFindingText::afterReUp, presenceOnly);
            if (!historyHolds(withThis()) || !reproduced) {
                rebuild();
            }
        }

        /** Whether the revision has an undo to walk down with; why not, as a finding, when it has none. */
        private boolean hasUndo() {
            if (revision.irreversible().isPresent()) {
                findings.add(finding(FindingKind.IRREVERSIBLE, List.of(revision.irreversible().get())));
                return false;
            }
            if (revision.undo().isEmpty()) {
                findings.add(finding(FindingKind.UNDO_MISSING, List.of("expected U" + revision.version() + "__"
                        + revision.description() + ".sql beside " + revision.up().fileName()
                        + ", or a first line '-- stairway:irreversible <reason>' in it")));
                return false;
            }
            // an empty undo of an empty up (a placeholder revision) undoes it exactly
            if (revision.undoIsEmpty() && !revision.upIsEmpty()) {
                findings.add(finding(FindingKind.EMPTY_UNDO, List.of(revision.undo().get().fileName()
                        + " holds only whitespace and comments")));
                return false;
            }
            return true;
        }

        /**
         * Runs the history's own seed script of this revision, if any, then seeds the empty tables it leaves; whether
         * any row was added (or may have been, when seeding broke off).
         */
        private boolean seed() {
            boolean hasSeedScript = history.seed(dialect, revision.version()).isPresent();
            boolean ownRows = hasSeedScript && runSeedScript();
            // no script ran, so the rows read last are the database's rows now; when no table is empty, nothing to do
            if (timed(Step.SEED, () -> !hasSeedScript && data != null
                    && data.tables().stream().allMatch(table -> table.size() > 0))) {
                return false;
            }
            SeedingResult seeded;
            try {
                seeded = timed(Step.SEED, () -> steps.generateRows(database, schema));
            } catch (CheckFailedException e) {
                if (unseedableTables.add(e.getMessage())) {
                    findings.add(finding(FindingKind.SEEDING_INCOMPLETE, List.of(e.getMessage()
                            + "; the walk goes on without generated rows in the tables left")));
                }
                return true;
            }
            generated.addAll(seeded.rows());
            List<String> fresh = new ArrayList<>(seeded.notices());
            for (SeedingFailure failure : seeded.failures()) {
                if (unseedableTables.add(failure.table())) {
                    fresh.add("table " + failure.table() + " has no rows, its data is not checked: "
                            + failure.message());
                }
            }
            if (!fresh.isEmpty()) {
                findings.add(finding(FindingKind.SEEDING_INCOMPLETE, fresh));
            }
            return ownRows || !seeded.insertedRows().isEmpty();
        }

        /** Runs the history's own seed script of this revision on the database; whether it ran (a failure is a finding). */
        private boolean runSeedScript() {
            Optional<String> failure = timed(Step.SEED, () -> steps.runSeedScript(database, revision.version()));
            failure.ifPresent(message -> findings.add(finding(FindingKind.SEED_SCRIPT_FAILED, List.of(message))));
            return failure.isEmpty();
        }

        /** Applies the up to {@code target} as {@code step}; the failure, if it failed. */
        private Optional<ScriptFailedException> apply(Step step, TestDatabase target) {
            try {
                timed(step, () -> {
                    flyway.migrate(target, revision.version());
                    return null;
                });
                return Optional.empty();
            } catch (ScriptFailedException e) {
                return Optional.of(e);
            }
        }

        /** Tries a failed up again without the generated rows; the rows before it, or null when the walk stops. */
        private DataSnapshot retry(ScriptFailedException failure, SchemaSnapshot schemaBefore) {
            UpRetry retry = new UpRetry(target -> apply(Step.UP, target), target -> timed(Step.CHECK, () -> steps.data(target)),
                    () -> timed(Step.REBUILD, () -> steps.freshAt(previous())),
                    target -> HistoryCheck.problems(flyway, target, appliedBefore).isEmpty()
                            && schemaBefore.equals(timed(Step.CHECK, () -> steps.schema(target))));
            UpRetry.Outcome outcome = retry.retry(database, generated, failure);
            if (outcome instanceof UpRetry.Passed passed) {
                findings.add(finding(FindingKind.UP_FAILS_ON_EXISTING_ROWS, passed.details()));
                database = passed.database();
                generated = new ArrayList<>(passed.generated());
                return passed.dataBefore();
            }
            findings.add(finding(FindingKind.UP_FAILED, List.of(((UpRetry.Failed) outcome).failure().getMessage(),
                    "the walk of " + dialect.id() + " stops here: " + (generated.isEmpty() ? ""
                            : "it fails without generated rows too, and ") + "later revisions build on this one")));
            stop("the up of " + revision.label() + " failed");
            return null;
        }

        private boolean reUp() {
            Optional<ScriptFailedException> failed = apply(Step.RE_UP, database);
            failed.ifPresent(e -> findings.add(finding(FindingKind.RE_UP_FAILED, List.of(e.getMessage()))));
            return failed.isEmpty();
        }

        /** Measures a script's locks and rewrites on the database as it is now, leaving it so (PostgreSQL). */
        private void measureLocks(ScriptKind script) {
            if (locks.measures()) {
                measured = measured.with(timed(Step.LOCKS, () -> locks.measure(database, revision, script)));
            }
        }

        private boolean down() {
            try {
                timed(Step.DOWN, () -> {
                    steps.undo(database, revision);
                    return null;
                });
                return true;
            } catch (ScriptFailedException | IllegalStateException e) {
                findings.add(finding(FindingKind.DOWN_FAILED, List.of(e.getMessage())));
            } catch (UndoRemovedHistoryException e) {
                findings.add(finding(FindingKind.UNDO_REMOVED_HISTORY, List.of(e.getMessage())));
            }
            return false;
        }

        /**
         * The columns after the up, {@code schemaAfterUp} with {@code dataAfterUp}, that get a new value each time;
         * those not told before, as one finding.
         */
        private Set<String> volatileColumns(SchemaSnapshot schemaAfterUp, DataSnapshot dataAfterUp) {
            Map<String, String> columns = VolatileColumns.of(schemaAfterUp, dataAfterUp,
                    DialectSteps.read(database, "read which columns the up fills from the clock",
                            connection -> volatileColumns.writtenBy(revision, connection)));
            List<String> firstSeen = volatileColumns.firstSeen(columns);
            if (!firstSeen.isEmpty()) {
                findings.add(finding(FindingKind.VOLATILE_VALUE, firstSeen));
            }
            return columns.keySet();
        }

        /** The references {@code step} of {@code script} left pointing at no row, as one finding. */
        private void foreignKeys(Step step, MigrationScript script) {
            List<String> broken = timed(Step.CHECK, () -> foreignKeys.broken(database, step, script));
            if (!broken.isEmpty()) {
                findings.add(finding(FindingKind.FOREIGN_KEYS_BROKEN, broken));
            }
        }

        private boolean compare(SchemaSnapshot expectedSchema, DataSnapshot expectedData, FindingKind schemaKind,
                FindingKind dataKind, Function<SchemaDifference, String> wording, Set<String> presenceOnly) {
            SchemaSnapshot actualSchema = timed(Step.CHECK, () -> steps.schema(database));
            DataSnapshot actualData = timed(Step.CHECK, () -> steps.data(database));
            data = actualData;
            SchemaDiff diff = SchemaDiff.between(expectedSchema, actualSchema);
            boolean holds = true;
            if (!diff.isEmpty()) {
                findings.add(finding(schemaKind, diff.differences().stream().map(wording).toList()));
                holds = false;
            }
            if (!diff.notices().isEmpty()) {
                findings.add(finding(FindingKind.COLUMN_ORDER_CHANGED,
                        diff.notices().stream().map(wording).toList()));
            }
            DataComparison rows = DataComparison.between(expectedData, actualData, revision.lossyColumns(),
                    presenceOnly, expectedSchema);
            // a table or column the schema finding names is not told again as rows
            List<String> beyondSchema = rows.linesBeyond(diff.differences());
            if (!beyondSchema.isEmpty()) {
                findings.add(finding(dataKind, beyondSchema));
            }
            holds &= rows.isEmpty();
            return holds;
        }

        private boolean historyHolds(List<RevisionVersion> expected) {
            List<String> problems = historyChecks.problems(database, expected);
            if (problems.isEmpty()) {
                return true;
            }
            findings.add(finding(FindingKind.HISTORY_INCONSISTENT, problems));
            return false;
        }

        /** A fresh database at this revision, to go on after the one walked was left in doubt. */
        private void rebuild() {
            database.close();
            generated = new ArrayList<>();
            data = null;
            try {
                timed(Step.REBUILD, () -> {
                    database = steps.freshAt(Optional.of(revision.version()));
                    schema = steps.schema(database);
                    return null;
                });
            } catch (ScriptFailedException | CheckFailedException e) {
                findings.add(finding(FindingKind.REBUILD_FAILED, List.of(e.getMessage(), stopsHere())));
                stop(revision.label() + " could not be rebuilt");
            } catch (StepTimedOutException e) {
                findings.add(finding(FindingKind.TIMED_OUT, List.of(e.detail(), stopsHere())));
                stop(revision.label() + " could not be rebuilt");
            }
        }

        private String stopsHere() {
            return "the walk of " + dialect.id() + " stops here: later revisions build on this one";
        }

        private void stop(String reason) {
            stopped = Optional.of(reason);
        }

        private List<RevisionVersion> withThis() {
            List<RevisionVersion> versions = new ArrayList<>(appliedBefore);
            versions.add(revision.version());
            return versions;
        }

        /** The version applied last before this revision; empty at the first. */
        private Optional<RevisionVersion> previous() {
            return appliedBefore.isEmpty() ? Optional.empty() : Optional.of(appliedBefore.get(appliedBefore.size() - 1));
        }

        private String previousLabel() {
            return previous().map(version -> "V" + version).orElse("the empty database");
        }

        private Finding finding(FindingKind kind, List<String> details) {
            return Finding.on(revision.label(), dialect, kind, details);
        }

        private <T> T timed(Step step, Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return steps.run(step, work);
            } finally {
                timings.add(new StepTiming(step, Duration.ofNanos(System.nanoTime() - start)));
            }
        }
    }

    private static List<StepTiming> merged(List<StepTiming> timings) {
        Map<Step, Duration> byStep = new LinkedHashMap<>();
        timings.forEach(timing -> byStep.merge(timing.step(), timing.duration(), Duration::plus));
        return byStep.entrySet().stream().map(entry -> new StepTiming(entry.getKey(), entry.getValue())).toList();
    }
}

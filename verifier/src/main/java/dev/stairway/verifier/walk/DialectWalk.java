package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.data.DataComparison;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.RowSeeder;
import dev.stairway.verifier.data.SeedingFailure;
import dev.stairway.verifier.data.SeedingResult;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.UndoRunner;
import dev.stairway.verifier.history.MigrationHistory;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Walks one dialect's revisions in one pass on one database: before each revision it seeds and fingerprints,
 * then goes up, down and up again, comparing schema and rows after each step. After a finding that leaves the
 * database in doubt it rebuilds the database at that revision and goes on, so one run reports every broken
 * revision.
 *
 * <p>Engine: not part of Stairway's API; public for {@link dev.stairway.verifier.Stairway}.
 */
public final class DialectWalk {

    private final MigrationHistory history;
    private final Dialect dialect;
    private final Databases databases;
    private final WalkListener listener;
    private final FlywayRunner flyway;
    private final UndoRunner undo;
    private final LockProbe locks;
    private final Map<RevisionVersion, SchemaSnapshot> schemaAt = new LinkedHashMap<>();
    private final Set<String> unseedableTables = new HashSet<>();

    /** A walk of {@code dialect}'s revisions of {@code history}, on databases from {@code databases}. */
    public DialectWalk(MigrationHistory history, Dialect dialect, Databases databases, WalkListener listener) {
        this(history, dialect, databases, listener, LockPolicy.NOTICE);
    }

    /** A walk as above that measures locks on PostgreSQL as {@code lockPolicy} says. */
    public DialectWalk(MigrationHistory history, Dialect dialect, Databases databases, WalkListener listener,
            LockPolicy lockPolicy) {
        this.history = history;
        this.dialect = dialect;
        this.databases = databases;
        this.listener = listener;
        this.flyway = FlywayRunner.of(history, dialect);
        this.undo = UndoRunner.of(flyway);
        this.locks = LockProbe.of(flyway, dialect, lockPolicy);
    }

    /** The schema after each revision's up, for the parity check; filled by {@link #walk()}. */
    public Map<RevisionVersion, SchemaSnapshot> schemaAt() {
        return Map.copyOf(schemaAt);
    }

    /** Walks every revision in order, and what it found at each; stops after an up that fails. */
    public List<RevisionResult> walk() {
        List<Revision> revisions = history.revisions(dialect);
        listener.dialectStarted(dialect, revisions.size());
        List<RevisionResult> results = new ArrayList<>();
        TestDatabase database = databases.create(dialect);
        try {
            SchemaSnapshot schema = snapshot(database);
            DataSnapshot data = null;
            List<RevisionVersion> applied = new ArrayList<>();
            for (Revision revision : revisions) {
                RevisionStep step = new RevisionStep(revision, database, schema, data, applied);
                RevisionResult result = step.run();
                results.add(result);
                listener.revisionWalked(result);
                if (step.stopped) {
                    break;
                }
                database = step.database;
                schema = step.schema;
                data = step.data;
                applied.add(revision.version());
            }
        } finally {
            database.close();
        }
        return results;
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
        private boolean stopped;
        private RevisionLocks measured = RevisionLocks.NONE;

        RevisionStep(Revision revision, TestDatabase database, SchemaSnapshot schemaBefore, DataSnapshot dataBefore,
                List<RevisionVersion> appliedBefore) {
            this.revision = revision;
            this.database = database;
            this.schema = schemaBefore;
            this.data = dataBefore;
            this.appliedBefore = List.copyOf(appliedBefore);
        }

        RevisionResult run() {
            SchemaSnapshot schemaBefore = schema;
            boolean seededRows = seed();
            // the rows the previous revision ended with are still the rows, unless seeding added some
            DataSnapshot dataBefore = data != null && !seededRows ? data : timed(Step.CHECK, () -> data(database));
            measureLocks(ScriptKind.UP);
            if (!apply(Step.UP, FindingKind.UP_FAILED)) {
                stopped = true;
                // one failure, one finding: the stop is part of it, not a second failure to count
                Finding failed = findings.remove(findings.size() - 1);
                List<String> details = new ArrayList<>(failed.details());
                details.add("the walk of " + dialect.id() + " stops here: later revisions build on this one");
                findings.add(finding(FindingKind.UP_FAILED, details));
                return result();
            }
            SchemaSnapshot schemaAfterUp = timed(Step.CHECK, () -> snapshot(database));
            DataSnapshot dataAfterUp = timed(Step.CHECK, () -> data(database));
            schemaAt.put(revision.version(), schemaAfterUp);
            schema = schemaAfterUp;
            data = dataAfterUp;
            if (!historyHolds(withThis())) {
                rebuild();
                return result();
            }
            if (revision.irreversible().isPresent()) {
                findings.add(finding(FindingKind.IRREVERSIBLE, List.of(revision.irreversible().get())));
                return result();
            }
            if (revision.undo().isEmpty()) {
                findings.add(finding(FindingKind.UNDO_MISSING, List.of("expected U" + revision.version() + "__"
                        + revision.description() + ".sql beside " + revision.up().fileName()
                        + ", or a first line '-- stairway:irreversible <reason>' in it")));
                return result();
            }
            if (revision.undoIsEmpty()) {
                findings.add(finding(FindingKind.EMPTY_UNDO, List.of(revision.undo().get().fileName()
                        + " holds only whitespace and comments")));
                return result();
            }
            measureLocks(ScriptKind.UNDO);
            if (!down()) {
                rebuild();
                return result();
            }
            String before = "as at " + previousLabel();
            compare(schemaBefore, dataBefore, FindingKind.SCHEMA_NOT_RESTORED, FindingKind.DATA_NOT_RESTORED,
                    difference -> SchemaFindingText.afterDown(difference, before));
            if (!historyHolds(appliedBefore) || !apply(Step.RE_UP, FindingKind.RE_UP_FAILED)) {
                rebuild();
                return result();
            }
            boolean reproduced = compare(schemaAfterUp, dataAfterUp, FindingKind.SCHEMA_NOT_REPRODUCED,
                    FindingKind.DATA_NOT_REPRODUCED, SchemaFindingText::afterReUp);
            if (!historyHolds(withThis()) || !reproduced) {
                rebuild();
            }
            return result();
        }

        /** Measures a script's locks and rewrites on the database as it is now, leaving it so (PostgreSQL). */
        private void measureLocks(ScriptKind script) {
            if (locks.measures()) {
                measured = measured.with(timed(Step.LOCKS, () -> locks.measure(database, revision, script)));
            }
        }

        /** Seeds empty tables; whether any row was added. */
        private boolean seed() {
            SeedingResult seeded = timed(Step.SEED, () -> seedRows(database, schema));
            List<String> fresh = new ArrayList<>();
            for (SeedingFailure failure : seeded.failures()) {
                if (unseedableTables.add(failure.table())) {
                    fresh.add("table " + failure.table() + " has no rows, its data is not checked: "
                            + failure.message());
                }
            }
            if (!fresh.isEmpty()) {
                findings.add(finding(FindingKind.SEEDING_INCOMPLETE, fresh));
            }
            return !seeded.insertedRows().isEmpty();
        }

        private boolean apply(Step step, FindingKind failure) {
            try {
                timed(step, () -> {
                    flyway.migrate(database, revision.version());
                    return null;
                });
                return true;
            } catch (ScriptFailedException e) {
                findings.add(finding(failure, List.of(e.getMessage())));
                return false;
            }
        }

        private boolean down() {
            try {
                timed(Step.DOWN, () -> {
                    undo.undo(database, revision);
                    return null;
                });
                return true;
            } catch (ScriptFailedException e) {
                findings.add(finding(FindingKind.DOWN_FAILED, List.of(e.getMessage())));
                return false;
            }
        }

        private boolean compare(SchemaSnapshot expectedSchema, DataSnapshot expectedData, FindingKind schemaKind,
                FindingKind dataKind, Function<SchemaDifference, String> wording) {
            SchemaSnapshot actualSchema = timed(Step.CHECK, () -> snapshot(database));
            DataSnapshot actualData = timed(Step.CHECK, () -> data(database));
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
            DataComparison rows = DataComparison.between(expectedData, actualData, revision.lossyColumns());
            if (!rows.isEmpty()) {
                findings.add(finding(dataKind, rows.lines()));
                holds = false;
            }
            return holds;
        }

        private boolean historyHolds(List<RevisionVersion> expected) {
            List<String> problems = HistoryCheck.problems(flyway, database, expected);
            if (problems.isEmpty()) {
                return true;
            }
            findings.add(finding(FindingKind.HISTORY_INCONSISTENT, problems));
            return false;
        }

        /** A fresh database at this revision, to go on after the one walked was left in doubt. */
        private void rebuild() {
            timed(Step.REBUILD, () -> {
                database.close();
                database = databases.create(dialect);
                flyway.migrate(database, revision.version());
                schema = snapshot(database);
                data = null;
                return null;
            });
        }

        private List<RevisionVersion> withThis() {
            List<RevisionVersion> versions = new ArrayList<>(appliedBefore);
            versions.add(revision.version());
            return versions;
        }

        private String previousLabel() {
            return appliedBefore.isEmpty() ? "the empty database" : "V" + appliedBefore.get(appliedBefore.size() - 1);
        }

        private Finding finding(FindingKind kind, List<String> details) {
            return Finding.on(revision.label(), dialect, kind, details);
        }


        private RevisionResult result() {
            List<Finding> all = new ArrayList<>(findings);
            locks.finding(revision, measured).ifPresent(all::add);
            return new RevisionResult(revision.version(), revision.description(), dialect,
                    merged(timings), all, measured);
        }

        private <T> T timed(Step step, Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return work.get();
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

    private SchemaSnapshot snapshot(TestDatabase database) {
        return read(database, "read the schema of",
                connection -> SchemaSnapshot.read(connection, dialect, flyway.historyTable()));
    }

    /** Seeds the empty tables of {@code database}, whose schema is {@code schema}. */
    private SeedingResult seedRows(TestDatabase database, SchemaSnapshot schema) {
        return read(database, "seed", connection -> RowSeeder.seed(connection, schema, flyway.historyTable()));
    }

    private DataSnapshot data(TestDatabase database) {
        return read(database, "read the rows of",
                connection -> DataSnapshot.read(connection, dialect, flyway.historyTable()));
    }

    /** Work on one connection of {@code database}, its failure told as {@code Could not <what> <database>}. */
    private static <T> T read(TestDatabase database, String what, ConnectionWork<T> work) {
        try (Connection connection = database.connection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what + " " + database + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T on(Connection connection) throws SQLException;
    }
}

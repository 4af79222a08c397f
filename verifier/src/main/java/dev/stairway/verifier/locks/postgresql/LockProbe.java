package dev.stairway.verifier.locks.postgresql;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.locks.RevisionLocks;
import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.ScriptMeasurement;
import dev.stairway.verifier.locks.Verdict;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.sql.SqlSplitter;
import dev.stairway.verifier.sql.SqlStatement;
import dev.stairway.verifier.sql.TransactionRules;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Measures what a revision's up and undo cost a running application on PostgreSQL, in the walk, on the walk's own
 * database with its seeded rows: just before the walk applies a script for real, the probe runs the same statements
 * (placeholders replaced as Flyway replaces them) in one transaction, reads after each statement the relation locks
 * its backend holds, the relations it rewrote, the constraints it validated and the columns it made NOT NULL, then
 * rolls back. Flyway Community has no statement-level callbacks, hence this measuring pass.
 *
 * <p>It never fails the walk: what it cannot measure (a statement PostgreSQL runs only outside a transaction, a
 * statement that fails, a script that controls its own transaction) becomes a note of the measurement.
 *
 * <p>Engine: not part of Stairway's API; public for the walk.
 */
public final class LockProbe {

    private final FlywayRunner flyway;
    private final boolean measures;
    private final LockPolicy policy;

    private LockProbe(FlywayRunner flyway, boolean measures, LockPolicy policy) {
        this.flyway = flyway;
        this.measures = measures;
        this.policy = policy;
    }

    /** A probe for the walk of {@code dialect} with {@code flyway}: it measures on PostgreSQL unless told off. */
    public static LockProbe of(FlywayRunner flyway, Dialect dialect, LockPolicy policy) {
        return new LockProbe(flyway, dialect == Dialect.POSTGRESQL && policy != LockPolicy.OFF, policy);
    }

    /** Whether this probe measures anything: PostgreSQL with a policy other than {@link LockPolicy#OFF}. */
    public boolean measures() {
        return measures;
    }

    /**
     * Measures {@code script} of {@code revision} on {@code database}, leaving the database as it was.
     *
     * @throws IllegalArgumentException when the revision has no such script
     */
    public ScriptMeasurement measure(TestDatabase database, Revision revision, ScriptKind script) {
        MigrationScript file = script == ScriptKind.UP ? revision.up() : revision.undo().orElseThrow(
                () -> new IllegalArgumentException(revision.displayName() + " has no undo script to measure"));
        String sql;
        try {
            sql = flyway.withPlaceholders(file, database);
        } catch (IllegalArgumentException e) {
            return notMeasured(script, file, e.getMessage());
        }
        List<SqlStatement> statements = SqlSplitter.split(sql, Dialect.POSTGRESQL);
        Optional<SqlStatement> control = statements.stream().filter(TransactionRules::controlsTransaction).findFirst();
        if (control.isPresent()) {
            return notMeasured(script, file, "line " + control.get().line() + " (" + control.get().firstLine()
                    + ") controls the transaction itself");
        }
        try (Connection connection = database.connection()) {
            MeasuringPass.Result result = MeasuringPass.run(connection, statements, flyway.migrationSchema());
            return VerdictRules.measurement(result, revision, script, file.path());
        } catch (SQLException e) {
            return notMeasured(script, file, e.getMessage());
        }
    }

    /**
     * The finding that tells the verdicts {@code locks} holds and {@code revision}'s files do not accept: a notice,
     * or a failure under {@link LockPolicy#FINDING}; empty when there are none.
     */
    public Optional<Finding> finding(Revision revision, RevisionLocks locks) {
        List<Verdict> open = locks.openVerdicts();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        FindingKind kind = policy == LockPolicy.FINDING ? FindingKind.LOCK_VERDICT_FAILED : FindingKind.LOCK_VERDICT;
        return Optional.of(Finding.on(revision.label(), revision.dialect(), kind,
                open.stream().map(Verdict::text).toList()));
    }

    private static ScriptMeasurement notMeasured(ScriptKind script, MigrationScript file, String why) {
        return new ScriptMeasurement(script, file.path(), true, List.of(), List.of("not measured: " + why),
                List.of());
    }
}

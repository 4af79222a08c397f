package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.JdbcUrls;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.Interruption;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.RowSeeder;
import dev.stairway.verifier.data.SeedScripts;
import dev.stairway.verifier.data.SeedingResult;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.UndoRunner;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.sql.ColumnWrites;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The work on one dialect's databases that the walk and the release gate share: new databases whose statements can
 * be stopped, fresh databases at a version, undos, the history's own seed scripts and generated rows (which leave the tables
 * those scripts fill alone), and snapshots of schema and rows; each step within the time limit and stopped when the
 * run is interrupted ({@link #run}).
 *
 * <p>Engine: not part of Stairway's API; public for the release gate. Close it when done: it stops the guard's
 * timer.
 */
public final class DialectSteps implements AutoCloseable {

    private final Dialect dialect;
    private final Databases databases;
    private final MigrationHistory history;
    private final FlywayRunner flyway;
    private final UndoRunner undo;
    private final StepGuard guard;
    /** The tables the history's own seed scripts fill: generated rows leave them alone. */
    private final Set<String> userSeeded;

    /**
     * The steps on {@code dialect}'s databases from {@code databases}, migrated with {@code history}'s files, each
     * stopped after {@code stepTimeLimit} or when {@code interruption} is thrown.
     */
    public DialectSteps(MigrationHistory history, Dialect dialect, Databases databases, Duration stepTimeLimit,
            Interruption interruption) {
        this.history = history;
        this.dialect = dialect;
        this.databases = databases;
        this.flyway = FlywayRunner.of(history, dialect);
        this.undo = UndoRunner.of(flyway);
        this.guard = new StepGuard(stepTimeLimit, interruption);
        this.userSeeded = history.seeds(dialect).stream()
                .flatMap(script -> ColumnWrites.insertedInto(script.sql(), dialect).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The runner that applies the history's ups. */
    public FlywayRunner flyway() {
        return flyway;
    }

    /** Whether the run has been interrupted: no step starts any more. */
    public boolean interrupted() {
        return guard.interrupted();
    }

    /**
     * Runs {@code step}'s {@code work} within the time limit.
     *
     * @throws StepTimedOutException when it ran past the limit and was stopped
     * @throws WalkInterruptedException when the run is interrupted, before or during the step
     */
    public <T> T run(Step step, Supplier<T> work) {
        return guard.run(step, work);
    }

    /** A new empty database whose statements the running step can stop. */
    public TestDatabase create() {
        return guard.watch(databases.create(dialect));
    }

    /** A new database with the ups up to {@code version} applied; closed again when they fail. */
    public TestDatabase freshAt(Optional<RevisionVersion> version) {
        TestDatabase fresh = create();
        try {
            version.ifPresent(target -> flyway.migrate(fresh, target));
            return fresh;
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
    }

    /** Runs the undo script of {@code revision} on {@code database}, with its history row. */
    public void undo(TestDatabase database, Revision revision) {
        undo.undo(database, revision);
    }

    /** The schema of {@code database}, Flyway's history table left out. */
    public SchemaSnapshot schema(TestDatabase database) {
        return read(database, "read the schema",
                connection -> SchemaSnapshot.read(connection, dialect, flyway.historyTable()));
    }

    /** The rows of every user table of {@code database}. */
    public DataSnapshot data(TestDatabase database) {
        return read(database, "read the rows",
                connection -> DataSnapshot.read(connection, dialect, flyway.historyTable()));
    }

    /**
     * Runs the history's own seed script of {@code version}, if it has one, on {@code database}: what went wrong,
     * if anything (nothing of it is kept then); empty when it ran or there is none.
     */
    public Optional<String> runSeedScript(TestDatabase database, RevisionVersion version) {
        return history.seed(dialect, version).flatMap(script -> runSeedScript(database, script));
    }

    private Optional<String> runSeedScript(TestDatabase database, MigrationScript script) {
        return read(database, "run " + script.path(), connection -> SeedScripts.run(connection, dialect, script,
                flyway.withPlaceholders(script, database)));
    }

    /**
     * Gives the empty tables of {@code database}, whose schema is {@code schema}, generated rows; the tables the
     * history's own seed scripts fill are left alone.
     */
    public SeedingResult generateRows(TestDatabase database, SchemaSnapshot schema) {
        return read(database, "seed", connection -> RowSeeder.seed(connection, schema, flyway.historyTable(),
                userSeeded));
    }

    /**
     * Gives every empty table of {@code database}, whose schema is {@code schema}, generated rows, those the
     * history's seed scripts fill included: for a database the seed scripts did not build (the release gate's
     * legacy installs).
     */
    public SeedingResult generateRowsEverywhere(TestDatabase database, SchemaSnapshot schema) {
        return read(database, "seed", connection -> RowSeeder.seed(connection, schema, flyway.historyTable(),
                Set.of()));
    }

    /** Stops the guard's timer. */
    @Override
    public void close() {
        guard.close();
    }

    /** Work on one connection of {@code database}, its failure told as {@code could not <what>: <message>}. */
    static <T> T read(TestDatabase database, String what, ConnectionWork<T> work) {
        try (Connection connection = database.connection()) {
            return work.on(connection);
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new CheckFailedException("could not " + what + ": "
                    + JdbcUrls.mask(message.strip().replaceAll("\\s*\\R\\s*", " ")), e);
        }
    }

    /** Work on a connection. */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T on(Connection connection) throws SQLException;
    }
}

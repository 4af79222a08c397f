package dev.stairway.verifier;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.verifier.gate.ReleaseGate;
import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.release.MigrationFiles;
import dev.stairway.verifier.release.Releases;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.GateReport;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.ReleaseResult;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import dev.stairway.verifier.walk.DialectOutcome;
import dev.stairway.verifier.walk.DialectWalk;
import dev.stairway.verifier.walk.ParityCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proves that every revision of a migration history goes up, down and up again on each dialect, with schema and
 * data restored, and that the dialects agree. Configure, then load, then verify:
 *
 * <pre>{@code
 * VerificationReport report = Stairway.configure()
 *         .migrations("src/main/resources/db/migration")
 *         .dialects(Dialect.SQLITE, Dialect.POSTGRESQL)
 *         .load()
 *         .verify();
 * }</pre>
 *
 * <p>{@link #gate()} is the release gate on the same history: the paths from each declared release to the latest
 * version. A loaded {@code Stairway} never changes; {@link #verify()} and {@link #gate()} may be called again and
 * start afresh.
 */
public final class Stairway {

    private final String migrations;
    private final List<Dialect> dialects;
    private final StairwaySettings settings;
    private final Optional<Databases> sharedDatabases;
    private final Map<String, String> flywaySettings;
    private final WalkListener listener;
    private final Duration stepTimeLimit;
    private final Interruption interruption;
    private final LockPolicy lockPolicy;

    Stairway(String migrations, List<Dialect> dialects, StairwaySettings settings, Optional<Databases> databases,
            Map<String, String> flywaySettings, WalkListener listener, Duration stepTimeLimit,
            Interruption interruption, LockPolicy lockPolicy) {
        this.migrations = migrations;
        this.dialects = List.copyOf(dialects);
        this.settings = settings;
        this.sharedDatabases = databases;
        this.flywaySettings = Map.copyOf(flywaySettings);
        this.listener = listener;
        this.stepTimeLimit = stepTimeLimit;
        this.interruption = interruption;
        this.lockPolicy = lockPolicy;
    }

    /** Starts a configuration: migrations at {@code classpath:db/migration}, both dialects, default settings. */
    public static StairwayConfiguration configure() {
        return new StairwayConfiguration();
    }

    /** The migration history this verification walks, read strictly. */
    public MigrationHistory history() {
        return MigrationHistory.configure()
                .location(migrations)
                .dialects(dialects.toArray(Dialect[]::new))
                .flywaySettings(flywaySettings)
                .load();
    }

    /**
     * Walks every revision on every configured dialect and compares the dialects.
     *
     * @throws InvalidHistoryException when the migration folder cannot be read as a history (bad names, an undo
     *     with no up, ...): nothing was walked
     */
    public VerificationReport verify() {
        long start = System.nanoTime();
        MigrationHistory history = history();
        history.warnings().forEach(listener::warning);
        List<RevisionResult> results = new ArrayList<>();
        List<NotWalked> notWalked = new ArrayList<>();
        boolean interrupted = false;
        Map<Dialect, DialectOutcome> outcomes = new EnumMap<>(Dialect.class);
        Databases databases = sharedDatabases.orElseGet(() -> Databases.configure().settings(settings).load());
        try {
            for (Dialect dialect : dialects) {
                DialectOutcome outcome = new DialectWalk(history, dialect, databases, listener, stepTimeLimit,
                        interruption, lockPolicy).walk();
                results.addAll(outcome.results());
                notWalked.addAll(outcome.notWalked());
                outcomes.put(dialect, outcome);
                interrupted |= outcome.interrupted();
            }
        } finally {
            if (sharedDatabases.isEmpty()) {
                databases.close();
            }
        }
        List<Finding> parity = ParityCheck.findings(history, outcomes);
        return new VerificationReport(migrations, dialects, results, notWalked, parity, history.warnings(),
                interrupted, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The release gate: for every release the history's {@value Releases#FILE} file declares, on every configured
     * dialect, the drift of the files it shipped, and its paths to the latest version: a database built at the
     * release and holding rows migrates to the schema of a fresh install with its rows kept, comes back down to
     * the release with the undo scripts, and (for a release with legacy installs) a legacy install taken over by a
     * Flyway baseline does as well as the upgrade. Each step runs within the time limit, and the gate stops when the
     * {@link Interruption} is thrown, as the walk does.
     *
     * @throws InvalidHistoryException when the migration folder cannot be read as a history, its releases file
     *     cannot be read, or it declares no release: nothing was checked
     */
    public GateReport gate() {
        long start = System.nanoTime();
        MigrationHistory history = history();
        Releases releases = Releases.of(history);
        if (releases.isEmpty()) {
            throw new InvalidHistoryException(migrations, List.of("no releases declared: expected a file "
                    + releases.location() + " listing them. Record one with 'stairway release <name> " + migrations
                    + "'."));
        }
        MigrationFiles files = MigrationFiles.of(history);
        List<ReleaseResult> results = new ArrayList<>();
        Databases databases = sharedDatabases.orElseGet(() -> Databases.configure().settings(settings).load());
        try {
            for (Dialect dialect : dialects) {
                if (interruption.isInterrupted()) {
                    break;
                }
                results.addAll(new ReleaseGate(history, dialect, databases, files, stepTimeLimit, interruption)
                        .check(releases.all(), listener));
            }
        } finally {
            if (sharedDatabases.isEmpty()) {
                databases.close();
            }
        }
        return new GateReport(migrations, dialects, results, interruption.isInterrupted(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}

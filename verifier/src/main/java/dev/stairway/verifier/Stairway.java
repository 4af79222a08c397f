package dev.stairway.verifier;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * <p>A loaded {@code Stairway} never changes; {@link #verify()} may be called again and walks afresh.
 */
public final class Stairway {

    private final String migrations;
    private final List<Dialect> dialects;
    private final StairwaySettings settings;
    private final Optional<Databases> sharedDatabases;
    private final Map<String, String> flywayProperties;
    private final WalkListener listener;

    Stairway(String migrations, List<Dialect> dialects, StairwaySettings settings, Optional<Databases> databases,
            Map<String, String> flywayProperties, WalkListener listener) {
        this.migrations = migrations;
        this.dialects = List.copyOf(dialects);
        this.settings = settings;
        this.sharedDatabases = databases;
        this.flywayProperties = Map.copyOf(flywayProperties);
        this.listener = listener;
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
                .flywaySettings(flywayProperties)
                .load();
    }

    /**
     * Walks every revision on every configured dialect and compares the dialects. The dialects are walked at the
     * same time, each on its own thread and database, so a {@link WalkListener} hears from both at once.
     *
     * @throws InvalidHistoryException when the migration folder cannot be read as a history (bad names, an undo
     *     with no up, a version in one dialect only, ...): nothing was walked
     */
    public VerificationReport verify() {
        long start = System.nanoTime();
        MigrationHistory history = history();
        List<RevisionResult> results = new ArrayList<>();
        Map<Dialect, Map<RevisionVersion, SchemaSnapshot>> schemas = new EnumMap<>(Dialect.class);
        Databases databases = sharedDatabases.orElseGet(() -> Databases.configure().settings(settings).load());
        ExecutorService walkers = Executors.newFixedThreadPool(dialects.size(), Stairway::walkerThread);
        try {
            List<DialectWalk> walks = dialects.stream()
                    .map(dialect -> new DialectWalk(history, dialect, databases, listener)).toList();
            List<Future<List<RevisionResult>>> walked = new ArrayList<>();
            for (DialectWalk walk : walks) {
                walked.add(walkers.submit(walk::walk));
            }
            for (int i = 0; i < walks.size(); i++) {
                results.addAll(await(walked.get(i)));
                schemas.put(dialects.get(i), walks.get(i).schemaAt());
            }
        } finally {
            walkers.shutdownNow();
            if (sharedDatabases.isEmpty()) {
                databases.close();
            }
        }
        List<Finding> parity = ParityCheck.findings(history, schemas);
        return new VerificationReport(migrations, dialects, results, parity,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static List<RevisionResult> await(Future<List<RevisionResult>> walk) {
        try {
            return walk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while walking the migrations", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static Thread walkerThread(Runnable walk) {
        Thread thread = new Thread(walk, "stairway-walk");
        thread.setDaemon(true);
        return thread;
    }
}

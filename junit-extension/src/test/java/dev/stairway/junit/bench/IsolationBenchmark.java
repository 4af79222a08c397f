package dev.stairway.junit.bench;

import dev.stairway.fixtures.DatabasePreparer;
import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.FlywayMigrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints what a test waits for its database with {@code @MigratedDatabase(isolation = METHOD)}, against a fresh
 * create + Flyway migrate of the reference history per test, for both dialects, and the embedded server's cold
 * start. A program, not a test: {@code ./mvnw -B -q -pl junit-extension -am -Pisolation-benchmark -DskipTests verify}.
 *
 * <p>Per dialect, in one JVM: the template of the reference history is migrated once ({@code Databases.prepare}, as
 * a class run does), then each of {@code benchmark.tests} (default 300) tests is timed as the extension serves it:
 * the <em>wait</em> is the {@code cloneOf} call that hands the test its database (a clone made ahead in the
 * background). Each test then does what a small test does: opens a connection, inserts a row and counts the rows
 * (its own time is printed too), and closes its database, which is dropped in the background. The fresh figure is
 * {@code create} + Flyway migrate of all 32 revisions + the same small test + close, over {@code benchmark.fresh}
 * (default 40) tests. Warm-ups (JIT, class loading) are left out of both.
 */
public final class IsolationBenchmark {

    private IsolationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tests = Integer.getInteger("benchmark.tests", 300);
        int fresh = Integer.getInteger("benchmark.fresh", 40);
        Path history = Path.of(System.getProperty("benchmark.migrations", "migrations/src/main/resources/db/migration"))
                .toAbsolutePath();
        System.out.printf(Locale.ROOT, "Stairway isolation benchmark: %d cores, Java %s, %d tests, %d fresh%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), tests, fresh);

        long start = System.nanoTime();
        try (Databases databases = Databases.load()) {
            databases.create(Dialect.POSTGRESQL).close();
            System.out.printf(Locale.ROOT, "postgresql cold start (server from the cached cluster, first database): "
                    + "%.0f ms%n", millis(System.nanoTime() - start));
            for (Dialect dialect : Dialect.values()) {
                run(databases, dialect, history, tests, fresh);
            }
        }
    }

    private static void run(Databases databases, Dialect dialect, Path history, int tests, int freshTests)
            throws Exception {
        List<String> locations = List.of("filesystem:" + history.resolve(dialect.id()));
        DatabasePreparer migrate = db -> FlywayMigrations.migrate(db, locations, null);
        String key = "benchmark " + locations;

        long start = System.nanoTime();
        databases.prepare(dialect, key, migrate);
        double template = millis(System.nanoTime() - start);

        for (int i = 0; i < 20; i++) {
            perMethod(databases, dialect, key, migrate);
        }
        List<Double> waits = new ArrayList<>();
        List<Double> bodies = new ArrayList<>();
        for (int i = 0; i < tests; i++) {
            double[] measured = perMethod(databases, dialect, key, migrate);
            waits.add(measured[0]);
            bodies.add(measured[1]);
        }

        for (int i = 0; i < 3; i++) {
            fresh(databases, dialect, locations);
        }
        List<Double> freshes = new ArrayList<>();
        for (int i = 0; i < freshTests; i++) {
            freshes.add(fresh(databases, dialect, locations));
        }

        double wait = median(waits);
        System.out.printf(Locale.ROOT, "%-10s template migrated once in %.0f ms%n", dialect.id(), template);
        System.out.printf(Locale.ROOT, "%-10s METHOD isolation, wait for a database: median %.3f ms, p90 %.3f ms "
                + "(the test's own connect + insert + count: median %.2f ms)%n", dialect.id(), wait,
                percentile(waits, 90), median(bodies));
        System.out.printf(Locale.ROOT, "%-10s fresh create + migrate (32 revisions) + same test: median %.1f ms, "
                + "p90 %.1f ms%n", dialect.id(), median(freshes), percentile(freshes, 90));
        System.out.printf(Locale.ROOT, "%-10s ratio fresh / wait: %.0fx%n", dialect.id(), median(freshes) / wait);
    }

    /** One test under METHOD isolation: {wait for its database, its own work}, in milliseconds. */
    private static double[] perMethod(Databases databases, Dialect dialect, String key, DatabasePreparer migrate)
            throws SQLException {
        long asked = System.nanoTime();
        TestDatabase database = databases.cloneOf(dialect, key, migrate);
        long got = System.nanoTime();
        try (database) {
            smallTest(database);
        }
        return new double[] {millis(got - asked), millis(System.nanoTime() - got)};
    }

    private static double fresh(Databases databases, Dialect dialect, List<String> locations) throws SQLException {
        long start = System.nanoTime();
        try (TestDatabase database = databases.create(dialect)) {
            FlywayMigrations.migrate(database, locations, null);
            smallTest(database);
        }
        return millis(System.nanoTime() - start);
    }

    private static void smallTest(TestDatabase database) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO note (id, user_id, title, created_at, updated_at) "
                    + "VALUES ('n1', 'u1', 'benchmark', 1, 1)");
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM note")) {
                rows.next();
                if (rows.getInt(1) != 1) {
                    throw new IllegalStateException("Expected one row in a fresh database, found " + rows.getInt(1));
                }
            }
        }
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}

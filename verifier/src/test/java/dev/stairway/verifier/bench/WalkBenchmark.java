package dev.stairway.verifier.bench;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.report.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Walks generated histories and prints the time per revision: 100 and 1,000 revisions on SQLite, 100 on
 * PostgreSQL (one embedded server, started by a warm-up walk and excluded from the figure), and the ratio of the two SQLite times per revision.
 * A ratio near 1 means the walk's cost grows linearly with the number of revisions.
 *
 * <p>Run: {@code ./mvnw -B -q -pl verifier -am -Pbenchmark -DskipTests verify}. Sizes can be changed with
 * {@code -Dbenchmark.small=100 -Dbenchmark.large=1000 -Dbenchmark.postgresql=100}.
 */
public final class WalkBenchmark {

    private WalkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int small = Integer.getInteger("benchmark.small", 100);
        int large = Integer.getInteger("benchmark.large", 1000);
        int postgresql = Integer.getInteger("benchmark.postgresql", 100);
        System.out.printf(Locale.ROOT, "Stairway walk benchmark: %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        try (Databases databases = Databases.load()) {
            walk(databases, Dialect.SQLITE, 10); // warm-up: class loading and JIT
            double smallMillis = walk(databases, Dialect.SQLITE, small);
            double largeMillis = walk(databases, Dialect.SQLITE, large);
            walk(databases, Dialect.POSTGRESQL, 5); // warm-up: starts the embedded server
            walk(databases, Dialect.POSTGRESQL, postgresql);
            printRatio(small, large, smallMillis, largeMillis);
        }
    }

    private static void printRatio(int small, int large, double smallMillis, double largeMillis) {
        System.out.printf(Locale.ROOT, "sqlite ratio, ms per revision at %d / at %d: %.2f%n", large, small,
                largeMillis / smallMillis);
    }

    private static double walk(Databases databases, Dialect dialect, int revisions) throws Exception {
        Path folder = GeneratedHistory.write(revisions, Files.createTempDirectory("stairway-bench-"));
        VerificationReport report = Stairway.configure()
                .migrations(folder.toString())
                .dialects(dialect)
                .databases(databases)
                .load()
                .verify();
        if (!report.holds()) {
            throw new IllegalStateException("The generated history should verify clean, found: "
                    + report.failures());
        }
        double perRevision = report.elapsed().toNanos() / 1e6 / revisions;
        System.out.printf(Locale.ROOT, "%-10s %5d revisions: %8.0f ms in all, %7.2f ms per revision%n",
                dialect.id(), revisions, report.elapsed().toNanos() / 1e6, perRevision);
        return perRevision;
    }
}

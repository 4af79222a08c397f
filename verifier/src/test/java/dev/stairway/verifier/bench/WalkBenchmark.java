package dev.stairway.verifier.bench;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.bench.GeneratedHistory.Shape;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.report.VerificationReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Walks generated histories and prints the time per revision: 100 and 1,000 revisions on SQLite and 100 on
 * PostgreSQL (one embedded server, started by a warm-up walk and left out of the figures), for both shapes of
 * {@link GeneratedHistory}, and the ratio of the two SQLite times per revision for each shape.
 *
 * <p>Each figure is split into Flyway's share (the up and the re-up, which Flyway applies) and Stairway's own
 * (seeding, snapshots and comparisons, the undo). With a steady schema, Stairway's ratio near 1 shows its walk is
 * linear in the number of revisions (no replay from the start); with a growing schema, it shows how a revision's
 * checks grow with the number of tables they read. Flyway's ratio shows what each of its calls costs over a
 * longer history.
 *
 * <p>Each walk also prints the CPU time of the thread that walked (SQLite runs in that thread), which a busy
 * machine disturbs less than wall time. The last lines give the figure for the steady history: how many
 * times the time of the small walk the large one took, for ten times the revisions (goal: at most 11).
 *
 * <p>Run: {@code ./mvnw -B -q -pl verifier -am -Pbenchmark -DskipTests verify}. Sizes can be changed with
 * {@code -Dbenchmark.small=100 -Dbenchmark.large=1000 -Dbenchmark.postgresql=100}, the shapes with
 * {@code -Dbenchmark.shapes=steady} (default {@code growing,steady}).
 */
public final class WalkBenchmark {

    private WalkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int small = Integer.getInteger("benchmark.small", 100);
        int large = Integer.getInteger("benchmark.large", 1000);
        int postgresql = Integer.getInteger("benchmark.postgresql", 100);
        List<Shape> shapes = Stream.of(System.getProperty("benchmark.shapes", "growing,steady").split(","))
                .map(shape -> Shape.valueOf(shape.strip().toUpperCase(Locale.ROOT))).toList();
        System.out.printf(Locale.ROOT, "Stairway walk benchmark: %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        try (Databases databases = Databases.load()) {
            walk(databases, Dialect.SQLITE, Shape.GROWING, 10); // warm-up: class loading and JIT
            walk(databases, Dialect.POSTGRESQL, Shape.GROWING, 5); // warm-up: starts the embedded server
            Figures steadySmall = null;
            Figures steadyLarge = null;
            for (Shape shape : shapes) {
                Figures smallWalk = walk(databases, Dialect.SQLITE, shape, small);
                Figures largeWalk = walk(databases, Dialect.SQLITE, shape, large);
                walk(databases, Dialect.POSTGRESQL, shape, postgresql);
                System.out.printf(Locale.ROOT, "%-7s sqlite ratio, ms per revision at %d / at %d: %.2f"
                        + " (Flyway's up and re-up %.2f, Stairway's own steps %.2f)%n", name(shape), large, small,
                        largeWalk.total() / smallWalk.total(), largeWalk.flyway() / smallWalk.flyway(),
                        largeWalk.stairway() / smallWalk.stairway());
                if (shape == Shape.STEADY) {
                    steadySmall = smallWalk;
                    steadyLarge = largeWalk;
                }
            }
            if (steadySmall == null) {
                return;
            }
            double revisions = (double) large / small;
            System.out.printf(Locale.ROOT, "steady sqlite: %d revisions in %.1f s (CPU %.1f s), %d in %.1f s"
                            + " (CPU %.1f s): %.0f times the revisions in %.1f times the time (CPU %.1f times)%n",
                    small, steadySmall.seconds(small), steadySmall.cpuSeconds(small), large,
                    steadyLarge.seconds(large), steadyLarge.cpuSeconds(large), revisions,
                    steadyLarge.seconds(large) / steadySmall.seconds(small),
                    steadyLarge.cpuSeconds(large) / steadySmall.cpuSeconds(small));
        }
    }

    /**
     * Milliseconds per revision: in all, in Flyway's up and re-up, in Stairway's own steps, and the CPU time of
     * the walking thread.
     */
    private record Figures(double total, double flyway, double stairway, double cpu) {

        double seconds(int revisions) {
            return total * revisions / 1000;
        }

        double cpuSeconds(int revisions) {
            return cpu * revisions / 1000;
        }
    }

    private static Figures walk(Databases databases, Dialect dialect, Shape shape, int revisions) throws Exception {
        Path folder = GeneratedHistory.write(revisions, Files.createTempDirectory("stairway-bench-"), shape);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        VerificationReport report = Stairway.configure()
                .migrations(folder.toString())
                .dialects(dialect)
                .databases(databases)
                .load()
                .verify();
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / revisions;
        if (!report.holds()) {
            throw new IllegalStateException("The generated history should verify clean, found: "
                    + report.failures());
        }
        double perRevision = report.elapsed().toNanos() / 1e6 / revisions;
        double flyway = millis(report, Step.UP, Step.RE_UP) / revisions;
        double stairway = millis(report, Step.SEED, Step.CHECK, Step.DOWN) / revisions;
        System.out.printf(Locale.ROOT, "%-7s %-10s %5d revisions: %8.0f ms in all, %7.2f ms per revision"
                        + " (Flyway's up and re-up %6.2f, Stairway's seed, checks and down %6.2f; CPU of the walking"
                        + " thread %6.2f)%n",
                name(shape), dialect.id(), revisions, report.elapsed().toNanos() / 1e6, perRevision, flyway,
                stairway, cpu);
        return new Figures(perRevision, flyway, stairway, cpu);
    }

    private static double millis(VerificationReport report, Step... steps) {
        List<Step> wanted = List.of(steps);
        return report.results().stream().flatMap(result -> result.timings().stream())
                .filter(timing -> wanted.contains(timing.step()))
                .mapToLong(timing -> timing.duration().toNanos()).sum() / 1e6;
    }

    private static String name(Shape shape) {
        return shape.name().toLowerCase(Locale.ROOT);
    }
}

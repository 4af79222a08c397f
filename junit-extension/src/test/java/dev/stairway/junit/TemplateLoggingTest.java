package dev.stairway.junit;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What a user's test output shows of a template's migration: one line of Stairway's, Flyway's warnings, and none
 * of Flyway's INFO lines. The class runs in a JVM of its own, whose SLF4J binding (slf4j-simple) logs at INFO as a
 * user's build does, so that this build's quieter logging settings do not hide what is printed.
 */
class TemplateLoggingTest {

    @Test
    void each_template_migration_prints_one_info_line_and_flyways_warnings_but_none_of_its_info_lines(
            @TempDir Path folder) throws Exception {
        // GIVEN a class on both dialects, whose PostgreSQL history makes the database send a warning
        // WHEN it runs in a JVM that logs at INFO
        Path output = folder.resolve("output.txt");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                RunLoggedClass.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        // A bound on a hung JVM only; the run takes seconds.
        boolean ended = process.waitFor(5, MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);

        // THEN its test passed on both dialects
        assertThat(ended).as("the forked run ended; its output:%n%s", String.join("\n", lines)).isTrue();
        assertThat(process.exitValue()).as("exit code of the forked run; its output:%n%s", String.join("\n", lines))
                .isZero();
        // AND each template's migration took one INFO line, Stairway's
        assertThat(lines).filteredOn(line -> line.contains("Migrated template")).hasSize(2)
                .anySatisfy(line -> assertThat(line).matches("\\[.*] INFO dev\\.stairway\\.junit\\.MigratedDatabase - "
                        + "Migrated template for classpath:db/logging/sqlite \\[sqlite] to V2 in \\d+ ms"))
                .anySatisfy(line -> assertThat(line).matches("\\[.*] INFO dev\\.stairway\\.junit\\.MigratedDatabase - "
                        + "Migrated template for classpath:db/logging/postgresql \\[postgresql] to V2 in \\d+ ms"));
        // AND Flyway printed no INFO line, but its warning of what the database said
        assertThat(lines).noneMatch(line -> line.matches("\\[.*] INFO org\\.flywaydb.*"));
        assertThat(lines).anyMatch(line -> line.matches("\\[.*] WARN org\\.flywaydb\\.\\S+ - DB: "
                + "orders_total_idx is rebuilt nightly.*"));
    }

    /** The forked JVM's program: runs {@link LoggedClass} on both dialects; exits 0 when its test passed on both. */
    static final class RunLoggedClass {

        private RunLoggedClass() {
        }

        public static void main(String[] args) {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(LoggedClass.class))
                    .configurationParameters(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite,postgresql"))
                    .execute();
            long failed = results.allEvents().failed().count();
            long succeeded = results.testEvents().succeeded().count();
            System.out.println("Tests succeeded: " + succeeded + ", failed (tests and containers): " + failed);
            System.exit(failed == 0 && succeeded == 2 ? 0 : 1);
        }
    }

    @MigratedDatabase(locations = "classpath:db/logging/{dialect}")
    static class LoggedClass {

        @Test
        void the_migrated_table_is_there(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM orders")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }
}

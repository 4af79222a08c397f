package dev.stairway.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --postgresql-url} with a password, however it is written: no part of the password in standard output,
 * standard error (log lines included) or the reports, whether the server takes it or refuses it.
 */
class VerifyCommandPasswordTest {

    private static final String CLEAN = "src/test/resources/walk/clean";

    private static Databases server;
    private static int port;

    @BeforeAll
    static void startAServerWithPasswordLogins() throws Exception {
        server = Databases.load();
        port = server.postgresServer().address("postgres").port();
        try (Connection connection = server.postgresServer().adminConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE special LOGIN CREATEDB PASSWORD 'Secr3t?Wo7d'");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "postgres://special:Secr3t?Wo7dX@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t Wo7d@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t@Wo7d@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t:Wo7d@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t/Wo7d@127.0.0.1:PORT/postgres",
        "jdbc:postgresql://127.0.0.1:PORT/postgres?user=special&password=Secr3t&Wo7d",
        "jdbc:postgresql://127.0.0.1:PORT/postgres?user=special&password=Secr3t Wo7d",
        "jdbc:postgresql://127.0.0.1:PORT/postgres?user=special&password=Secr3t;Wo7d",
        "postgres://special:Secr3t?Wo7d@127.0.0.1:54x/postgres",
    })
    void a_refused_or_malformed_url_exits_2_and_shows_no_part_of_the_password(String form, @TempDir Path reports) {
        // GIVEN a URL whose password the server refuses (or whose port is not a number)
        String url = form.replace("PORT", Integer.toString(port));

        // WHEN verifying on PostgreSQL at that URL
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = StairwayCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "verify", CLEAN,
                "--dialect", "postgresql", "--postgresql-url", url, "--report", reports.toString());

        // THEN nothing was verified, and the password shows nowhere
        assertThat(status).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(err.toString()).startsWith(form.contains("54x")
                ? "stairway verify: PostgreSQL URL 'postgres://special:****@127.0.0.1:54x/postgres' cannot be used: "
                        + "its port '54x' is not a number from 1 to 65535."
                : "stairway verify: could not verify: Could not connect to the external PostgreSQL server at 127.0.0.1:"
                        + port + " (database postgres, user special, from --postgresql-url): FATAL: password "
                        + "authentication failed for user \"special\" Start the server, or fix --postgresql-url.");
        assertThat(err.toString().strip()).endsWith(form.contains("54x") ? ". Fix --postgresql-url."
                : "Start the server, or fix --postgresql-url.");
        assertThat(out + err.toString()).doesNotContain("Secr3t").doesNotContain("Wo7d");
    }

    @Test
    void a_walk_on_a_url_with_a_password_shows_it_nowhere_in_the_output_the_log_or_the_reports(@TempDir Path reports)
            throws Exception {
        // GIVEN the command line in a JVM of its own, as the stairway script runs it, logging at info
        String url = "postgres://special:Secr3t?Wo7d@127.0.0.1:" + port + "/postgres?sslmode=disable";
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                StairwayCommand.class.getName(), "verify", CLEAN, "--dialect", "postgresql", "--postgresql-url", url,
                "--report", reports.toString()).start();

        // WHEN it walks the clean history on that server
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // THEN it holds, says which server it used, masked, and the password is in no output and no report
        assertThat(process.exitValue()).as(out + err).isEqualTo(StairwayCommand.HOLDS);
        assertThat(err).contains("Using external PostgreSQL on 127.0.0.1:" + port + " (jdbc:postgresql://127.0.0.1:"
                + port + "/postgres?user=special&password=****&sslmode=disable)");
        assertThat(out + err).doesNotContain("Secr3t").doesNotContain("Wo7d");
        assertThat(reportsText(reports)).isNotEmpty().doesNotContain("Secr3t").doesNotContain("Wo7d");
    }

    private static String reportsText(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }
}

package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A password in {@code stairway.postgresql.url}, however it is written, shows nowhere in what JUnit reports (and so
 * in Surefire's reports): not in the messages, not in any cause, not in the stack traces.
 */
class UrlPasswordMessagesTest {

    private static Databases server;
    private static int port;

    @BeforeAll
    static void startAServerWithPasswordLogins() throws Exception {
        server = Databases.load();
        port = server.postgresServer().address("postgres").port();
        try (Connection connection = server.postgresServer().adminConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE special LOGIN CREATEDB PASSWORD 'Another-Pa55'");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "postgres://special:Secr3t?Wo7d@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t Wo7d@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t@Wo7d@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t:Wo7d@127.0.0.1:PORT/postgres",
        "postgres://special:Secr3t/Wo7d@127.0.0.1:PORT/postgres",
        "jdbc:postgresql://127.0.0.1:PORT/postgres?user=special&password=Secr3t&Wo7d",
        "jdbc:postgresql://127.0.0.1:PORT/postgres?user=special&password=Secr3t Wo7d",
        "jdbc:postgresql://127.0.0.1:PORT/postgres?user=special&password=Secr3t;Wo7d",
    })
    void a_refused_password_is_named_by_user_and_server_and_never_shown(String form) {
        // GIVEN an external server that refuses the URL's password
        String url = form.replace("PORT", Integer.toString(port));

        // WHEN a class runs on it
        EngineExecutionResults results = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "postgresql",
                MigratedDatabase.POSTGRESQL_PROVIDER_PROPERTY_NAME, "external",
                "stairway.postgresql.url", url), PostgresqlOnly.class);

        // THEN its run fails saying who was refused where, and no part of the password is anywhere
        assertThat(TestKitRuns.failureMessages(results)).containsExactly("@MigratedDatabase on "
                + "UrlPasswordMessagesTest.PostgresqlOnly [postgresql]: Could not connect to the external PostgreSQL "
                + "server at 127.0.0.1:" + port + " (database postgres, user special, from stairway.postgresql.url): "
                + "FATAL: password authentication failed for user \"special\" Start the server, or fix "
                + "stairway.postgresql.url.");
        assertThat(reported(results)).doesNotContain("Secr3t").doesNotContain("Wo7d");
    }

    @Test
    void a_malformed_url_is_shown_masked_and_the_help_texts_examples_as_written() {
        // GIVEN a URL whose port is not a number, with a password holding a '?'
        String url = "postgres://special:Secr3t?Wo7d@127.0.0.1:54x/postgres";

        // WHEN a class runs with it
        EngineExecutionResults results = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "postgresql",
                MigratedDatabase.POSTGRESQL_PROVIDER_PROPERTY_NAME, "external",
                "stairway.postgresql.url", url), PostgresqlOnly.class);

        // THEN the URL is shown with its password masked, and Stairway's own examples are left alone
        assertThat(TestKitRuns.failureMessages(results)).containsExactly("@MigratedDatabase on "
                + "UrlPasswordMessagesTest.PostgresqlOnly [postgresql]: PostgreSQL URL "
                + "'postgres://special:****@127.0.0.1:54x/postgres' cannot be used: its port '54x' is not a number from "
                + "1 to 65535. Expected postgres://user:password@host:port/database, postgresql://… or "
                + "jdbc:postgresql://host:port/database?user=…&password=…. Fix stairway.postgresql.url.");
        assertThat(reported(results)).doesNotContain("Secr3t").doesNotContain("Wo7d");
    }

    /** Everything JUnit reports of the failures: each throwable's stack trace, with causes and suppressed ones. */
    private static String reported(EngineExecutionResults results) {
        List<Throwable> failures = results.allEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class))
                .map(TestExecutionResult::getThrowable)
                .flatMap(Optional::stream)
                .toList();
        assertThat(failures).isNotEmpty();
        StringWriter trace = new StringWriter();
        failures.forEach(failure -> failure.printStackTrace(new PrintWriter(trace)));
        return trace.toString();
    }

    @MigratedDatabase(dialects = Dialect.POSTGRESQL)
    static class PostgresqlOnly {

        @Test
        void never_runs() {
        }
    }
}

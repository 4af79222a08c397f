package dev.stairway.verifier.cli;

import static dev.stairway.verifier.cli.CommandRun.stairway;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.fixtures.postgresql.PostgresAddress;
import dev.stairway.verifier.gate.GateCases;
import dev.stairway.verifier.operate.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code stairway info}, {@code upgrade} and {@code downgrade} against real databases given by URL: a SQLite file
 * and a database on the embedded PostgreSQL server, reached as an operator would reach them.
 */
class OperatorCommandsTest {

    private static Databases databases;

    @TempDir
    Path directory;

    private final List<TestDatabase> created = new ArrayList<>();

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @AfterEach
    void drop() {
        created.forEach(TestDatabase::close);
    }

    /** An empty database of {@code dialect}, as an operator's URL: a SQLite file path, a postgres:// URL. */
    private String emptyDatabase(Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            return "sqlite:///" + directory.resolve("app.db");
        }
        TestDatabase database = databases.create(Dialect.POSTGRESQL);
        created.add(database);
        PostgresAddress address = PostgresAddress.parse(database.jdbcUrl());
        return "postgres://" + address.user() + ":" + address.password() + "@" + address.hostAndPort() + "/"
                + address.database();
    }

    private static void execute(String url, String... statements) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        try (Connection connection = DriverManager.getConnection(parsed.jdbcUrl());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void upgrade_to_a_version_then_info_shows_what_is_applied_with_its_undo_and_what_is_pending(Dialect dialect) {
        // GIVEN an empty database and the shop's history, V1 to V3
        String url = emptyDatabase(dialect);
        String folder = GateCases.copy("shop", directory).resolve("migrations").toString();
        String database = DatabaseUrl.parse(url).toString();

        // WHEN upgrading it to V2, then asking for its info
        CommandRun upgrade = stairway("upgrade", "2", "--url", url, folder);
        CommandRun info = stairway("info", "--url", url, folder);

        // THEN the upgrade says what it applies, and the info shows V1 and V2 applied with their undo, V3 pending
        assertThat(upgrade.lines()).containsExactly(
                "Upgrading " + database + " from base to V2: 2 revisions",
                "  V1 create_customers",
                "  V2 create_orders",
                "Now at V2 create_orders.");
        assertThat(upgrade.status()).isEqualTo(StairwayCommand.HOLDS);
        String id = dialect.id();
        assertThat(info.lines()).containsExactly(
                "Database: " + database,
                "Migrations: " + folder + " (" + id + "), 3 revisions, latest V3 add_customer_phone",
                "Current version: V2 create_orders",
                "",
                "Applied (2):",
                "  V1 create_customers undo " + id + "/U1__create_customers.sql",
                "  V2 create_orders undo " + id + "/U2__create_orders.sql",
                "Pending (1):",
                "  V3 add_customer_phone");
        assertThat(info.err()).isEmpty();
        assertThat(info.status()).isEqualTo(StairwayCommand.HOLDS);

        // AND upgrading to the head applies the rest
        assertThat(stairway("upgrade", "head", "--url", url, folder).lines())
                .endsWith("  V3 add_customer_phone", "Now at V3 add_customer_phone.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void downgrade_prints_what_it_runs_and_asks_for_yes_before_dropping_a_table_that_holds_rows(Dialect dialect)
            throws SQLException {
        // GIVEN the shop at V2 with an order in its orders table
        String url = emptyDatabase(dialect);
        String folder = GateCases.copy("shop", directory).resolve("migrations").toString();
        String database = DatabaseUrl.parse(url).toString();
        stairway("upgrade", "2", "--url", url, folder);
        execute(url, "INSERT INTO customers (id, name) VALUES (1, 'Ada')",
                "INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 42)");

        // WHEN going down one revision without --yes
        CommandRun refused = stairway("downgrade", "-1", "--url", url, folder);

        // THEN it shows the undo it would run, names the table and its rows, and runs nothing
        String id = dialect.id();
        List<String> plan = List.of(
                "Downgrading " + database + " from V2 create_orders to V1:",
                "-- Downgrade from V2 to V1 on " + id + ": 1 script",
                "",
                "-- V2 create_orders: " + id + "/U2__create_orders.sql",
                "DROP TABLE orders;",
                "");
        List<String> expected = new ArrayList<>(plan);
        expected.add("This downgrade drops tables that hold rows: orders (1 row). Nothing was run. Run it again with"
                + " --yes to go ahead.");
        assertThat(refused.lines()).containsExactlyElementsOf(expected);
        assertThat(refused.status()).isEqualTo(StairwayCommand.FINDINGS);
        assertThat(stairway("info", "--url", url, folder).lines()).contains("Current version: V2 create_orders");

        // AND with --yes it runs it
        CommandRun confirmed = stairway("downgrade", "-1", "--url", url, folder, "--yes");
        expected = new ArrayList<>(plan);
        expected.addAll(List.of("Undone V2 create_orders.", "Now at V1 create_customers."));
        assertThat(confirmed.lines()).containsExactlyElementsOf(expected);
        assertThat(confirmed.status()).isEqualTo(StairwayCommand.HOLDS);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void downgrade_to_base_stops_at_an_irreversible_revision_saying_where_the_database_is(Dialect dialect) {
        // GIVEN a history whose V2 is irreversible, applied up to V3
        String url = emptyDatabase(dialect);
        String folder = GateCases.copy("purge", directory).toString();
        stairway("upgrade", "--url", url, folder);

        // WHEN going down to base
        CommandRun run = stairway("downgrade", "base", "--url", url, folder);

        // THEN it undoes V3, then stops at V2, saying why and where the database is
        String id = dialect.id();
        String reason = "V2 purge_customers is irreversible (deletes every customer of the old shop; they are not"
                + " kept anywhere): a downgrade cannot go below V2";
        assertThat(run.lines()).containsExactly(
                "Downgrading " + DatabaseUrl.parse(url) + " from V3 add_customer_phone to base:",
                "-- Downgrade from V3 to base on " + id + ": 1 script",
                "",
                "-- V3 add_customer_phone: " + id + "/U3__add_customer_phone.sql",
                "ALTER TABLE customers DROP COLUMN phone;",
                "",
                "-- Stops here: " + reason,
                "",
                "Undone V3 add_customer_phone.",
                "Stopped: " + reason + ". The database is at V2 purge_customers, not base.");
        assertThat(run.status()).isEqualTo(StairwayCommand.FINDINGS);
        assertThat(stairway("info", "--url", url, folder).lines()).contains("Current version: V2 purge_customers",
                "  V2 purge_customers no undo: irreversible (deletes every customer of the old shop; they are not kept"
                        + " anywhere)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_failing_up_or_undo_script_exits_1_saying_where_the_database_is_left(Dialect dialect) throws Exception {
        // GIVEN a history whose V2 adds a NOT NULL column without a default, a database at V1 holding a customer,
        // and an undo of V1 that names a table which is not there
        String url = emptyDatabase(dialect);
        Path history = GateCases.copy("not-null", directory);
        Files.writeString(history.resolve(dialect.id() + "/U1__create_customers.sql"), "DROP TABLE clients;\n");
        String folder = history.toString();
        stairway("upgrade", "1", "--url", url, folder);
        execute(url, "INSERT INTO customers (id, name) VALUES (1, 'Ada')");

        // WHEN upgrading to the head, then going down to base
        CommandRun up = stairway("upgrade", "--url", url, folder);
        CommandRun down = stairway("downgrade", "base", "--url", url, folder, "--yes");

        // THEN each names the failing script and the version the database is at
        assertThat(up.err()).startsWith("stairway upgrade: Up migration " + dialect.id() + "/V2__add_country.sql"
                + " failed on " + dialect.id() + " database ")
                .endsWith("stairway upgrade: the database is at V1 create_customers.\n");
        assertThat(up.status()).isEqualTo(StairwayCommand.FINDINGS);
        assertThat(down.err()).startsWith("stairway downgrade: Undo " + dialect.id() + "/U1__create_customers.sql"
                + " failed on " + dialect.id() + " database ")
                .contains("(DROP TABLE clients)")
                .endsWith("stairway downgrade: the database is at V1 create_customers.\n");
        assertThat(down.status()).isEqualTo(StairwayCommand.FINDINGS);
    }

    @Test
    void a_url_with_a_wrong_password_is_refused_with_exit_2_and_the_password_shows_nowhere() {
        // GIVEN a database on the PostgreSQL server, and its URL with another password
        String url = emptyDatabase(Dialect.POSTGRESQL);
        String wrong = url.replaceFirst(":[^:@/]+@", ":Wr0ng-Secret@");
        String folder = GateCases.copy("shop", directory).resolve("migrations").toString();

        // WHEN asking for its info
        CommandRun run = stairway("info", "--url", wrong, folder);

        // THEN it is refused with a clear line, exit 2, and the password is not printed
        PostgresAddress address = PostgresAddress.parse(wrong);
        assertThat(run.err()).isEqualTo("stairway info: Cannot connect to postgresql database " + address.database()
                + " (jdbc:postgresql://" + address.hostAndPort() + "/" + address.database() + "?user="
                + address.user() + "&password=****): FATAL: password authentication failed for user \""
                + address.user() + "\". Check the URL, the server and the credentials.\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.err() + run.out()).doesNotContain("Wr0ng-Secret");
    }

    @Test
    void a_sqlite_url_naming_no_file_is_refused_rather_than_created() {
        // GIVEN a path where there is no database
        String url = "sqlite:///" + directory.resolve("missing.db");
        String folder = GateCases.copy("shop", directory).resolve("migrations").toString();

        // WHEN asking for its info
        CommandRun run = stairway("info", "--url", url, folder);

        // THEN it is refused, and no file is made
        assertThat(run.err()).isEqualTo("stairway info: No SQLite database at " + directory.resolve("missing.db")
                + ": expected an existing file. Check --url (sqlite:///relative/path.db or"
                + " sqlite:////absolute/path.db).\n");
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(directory.resolve("missing.db")).doesNotExist();
    }
}

package dev.stairway.verifier.cli;

import static dev.stairway.verifier.cli.CommandRun.stairway;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.verifier.gate.GateCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stairway plan}: the SQL of an upgrade or a downgrade, in order, without a database. */
class PlanCommandTest {

    @TempDir
    Path directory;

    @Test
    void plan_up_prints_each_up_script_after_the_line_naming_its_revision_and_file() {
        // GIVEN the shop's history
        String folder = GateCases.copy("shop", directory).resolve("migrations").toString();

        // WHEN planning the upgrade from V1 to the head on PostgreSQL
        CommandRun run = stairway("plan", "1", "head", folder, "--dialect", "postgresql");

        // THEN it prints V2 then V3, each with its file
        assertThat(run.out()).isEqualTo("""
                -- Upgrade from V1 to V3 on postgresql: 2 scripts

                -- V2 create_orders: postgresql/V2__create_orders.sql
                CREATE TABLE orders (
                    id INTEGER NOT NULL PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customers (id),
                    total INTEGER NOT NULL
                );
                CREATE INDEX orders_customer_idx ON orders (customer_id);

                -- V3 add_customer_phone: postgresql/V3__add_customer_phone.sql
                ALTER TABLE customers ADD COLUMN phone TEXT;
                """);
        assertThat(run.status()).isEqualTo(StairwayCommand.HOLDS);
    }

    @Test
    void plan_down_prints_the_undo_scripts_latest_first_and_says_where_an_irreversible_revision_stops_it() {
        // GIVEN a history whose V2 is irreversible
        String folder = GateCases.copy("purge", directory).toString();

        // WHEN planning the way from V3 down to base on SQLite
        CommandRun run = stairway("plan", "head", "base", folder, "--dialect", "sqlite");

        // THEN it prints U3, then why it stops, and exits 1: the plan does not reach base
        assertThat(run.out()).isEqualTo("""
                -- Downgrade from V3 to base on sqlite: 1 script

                -- V3 add_customer_phone: sqlite/U3__add_customer_phone.sql
                ALTER TABLE customers DROP COLUMN phone;

                -- Stops here: V2 purge_customers is irreversible (deletes every customer of the old shop; they are \
                not kept anywhere): a downgrade cannot go below V2
                """);
        assertThat(run.status()).isEqualTo(StairwayCommand.FINDINGS);
    }

    @Test
    void placeholders_are_replaced_with_the_urls_database_and_stay_as_written_without_one() throws IOException {
        // GIVEN a history whose scripts use a configured placeholder and Flyway's own
        Path folder = directory.resolve("greetings");
        Files.createDirectories(folder.resolve("sqlite"));
        Files.writeString(folder.resolve("flyway.conf"), "flyway.placeholders.table=greetings\n");
        Files.writeString(folder.resolve("sqlite/V1__create_greetings.sql"),
                "-- made in ${flyway:database}\nCREATE TABLE ${table} (id INTEGER PRIMARY KEY);\n");

        // WHEN planning it for a URL (never connected to), and for the dialect alone
        CommandRun withUrl = stairway("plan", "base", "1", folder.toString(), "--url",
                "sqlite:///" + directory.resolve("app.db"));
        CommandRun withDialect = stairway("plan", "base", "1", folder.toString(), "--dialect", "sqlite");

        // THEN the configured placeholder is replaced in both, the database's name only where the URL gives it
        assertThat(withUrl.out()).contains("-- made in app.db\nCREATE TABLE greetings (id INTEGER PRIMARY KEY);\n");
        assertThat(withDialect.out())
                .contains("-- made in ${flyway:database}\nCREATE TABLE greetings (id INTEGER PRIMARY KEY);\n");
        assertThat(directory.resolve("app.db")).doesNotExist();
    }

    @Test
    void a_version_the_folder_does_not_have_is_bad_input() {
        // GIVEN the shop's history, V1 to V3
        String folder = GateCases.copy("shop", directory).resolve("migrations").toString();

        // WHEN planning up to V7
        CommandRun run = stairway("plan", "base", "7", folder, "--dialect", "sqlite");

        // THEN it says which versions there are
        assertThat(run.err()).isEqualTo("stairway plan: '7' is not a version of the migration folder: expected base,"
                + " head or one of its versions, V1 to V3.\n");
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
    }
}

package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every mistake a user can make is reported with what was expected, what was found, where, and the fix. */
class ErrorMessagesTest {

    @Test
    void an_unknown_dialect_in_the_configuration_names_the_setting_and_the_accepted_ids() {
        // GIVEN stairway.dialects with a typo
        // WHEN a class runs
        EngineExecutionResults results = TestKitRuns.run(
                Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite,postgress"), SqliteOnly.class);

        // THEN the class fails, saying which setting, where it came from, and what it accepts
        assertThat(TestKitRuns.failureMessages(results)).containsExactly(
                "Unknown dialect 'postgress' in stairway.dialects ('sqlite,postgress'): expected a comma-separated "
                        + "list of sqlite, postgresql. Fix stairway.dialects.");
    }

    @Test
    void an_unknown_postgresql_provider_names_the_setting_and_the_accepted_providers() {
        // GIVEN stairway.postgresql.provider set to something that is not a provider
        // WHEN a class runs
        EngineExecutionResults results = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite",
                MigratedDatabase.POSTGRESQL_PROVIDER_PROPERTY_NAME, "docker"), SqliteOnly.class);

        // THEN the class fails, saying which providers exist
        assertThat(TestKitRuns.failureMessages(results)).containsExactly(
                "Unknown PostgreSQL provider 'docker' in stairway.postgresql.provider: expected one of auto, "
                        + "embedded, testcontainers, external. Fix stairway.postgresql.provider.");
    }

    @Test
    void a_location_without_migrations_names_the_class_the_location_the_naming_and_the_fix() {
        // GIVEN a class pointing at a folder that does not exist
        // WHEN it runs
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(NoMigrations.class);

        // THEN its sqlite run fails before Flyway is called, saying where it looked and what it expected
        assertThat(TestKitRuns.failureMessages(results)).containsExactly(
                "@MigratedDatabase on ErrorMessagesTest.NoMigrations [sqlite]: no migrations under "
                        + "classpath:db/nowhere/sqlite (looked for V<version>__<name>.sql, such as "
                        + "V1__create_tables.sql; found none). Add the folder src/test/resources/db/nowhere/sqlite "
                        + "(or src/main/resources/db/nowhere/sqlite) with your migrations, or set "
                        + "@MigratedDatabase(locations = ...) to where they are.");
    }

    @Test
    void a_location_with_misnamed_files_lists_them() {
        // GIVEN a folder whose SQL files miss Flyway's V<version>__<name>.sql naming
        // WHEN a class using it runs
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(MisnamedMigrations.class);

        // THEN the message lists what it found
        assertThat(TestKitRuns.failureMessages(results)).containsExactly(
                "@MigratedDatabase on ErrorMessagesTest.MisnamedMigrations [sqlite]: no migrations under "
                        + "classpath:db/misnamed/sqlite (looked for V<version>__<name>.sql, such as "
                        + "V1__create_tables.sql; found only V1_create_orders.sql, create_customers.sql, named "
                        + "otherwise). Add the folder src/test/resources/db/misnamed/sqlite (or "
                        + "src/main/resources/db/misnamed/sqlite) with your migrations, or set "
                        + "@MigratedDatabase(locations = ...) to where they are.");
    }

    @Test
    void a_failing_migration_names_the_file_the_line_the_statement_and_the_database_message() {
        // GIVEN V2 creates an index on a column that does not exist
        // WHEN a class using those migrations runs on both dialects
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(BrokenMigration.class);

        // THEN each dialect's run fails with the verifier's account: file, line, statement, the database's own
        // words and the fix (the template database's generated name left out)
        List<String> messages = TestKitRuns.failureMessages(results);
        assertThat(messages).extracting(message -> message.replaceAll(
                "on (sqlite|postgresql) database stairway_tpl_[0-9a-z_]+(?:\\.db)? \\(jdbc:\\S*\\)", "on $1 database <template>"))
                .containsExactly(
                        "@MigratedDatabase on ErrorMessagesTest.BrokenMigration [sqlite]: Up migration "
                                + "classpath:db/broken/sqlite/V2__add_total_index.sql failed on sqlite database <template>"
                                + " at line 2 (CREATE INDEX orders_missing_idx ON orders (no_such_column)): [SQLITE_ERROR]"
                                + " SQL error or missing database (no such column: no_such_column). Fix that statement in"
                                + " classpath:db/broken/sqlite/V2__add_total_index.sql.\n"
                                + "Then run the tests again, or set @MigratedDatabase(target = ...) below the failing"
                                + " version.",
                        "@MigratedDatabase on ErrorMessagesTest.BrokenMigration [postgresql]: Up migration "
                                + "classpath:db/broken/postgresql/V2__add_total_index.sql failed on postgresql database"
                                + " <template> at line 2 (CREATE INDEX orders_missing_idx ON orders (no_such_column)):"
                                + " ERROR: column \"no_such_column\" does not exist. Fix that statement in"
                                + " classpath:db/broken/postgresql/V2__add_total_index.sql.\n"
                                + "Then run the tests again, or set @MigratedDatabase(target = ...) below the failing"
                                + " version.");
        // AND the server's password, if its URL carries one, is masked
        assertThat(messages.get(1)).doesNotContainPattern("password=(?!\\*{4}\\))");
    }

    @Test
    void a_database_asked_for_in_before_all_says_where_to_ask_instead() {
        // GIVEN a @BeforeAll method with a DataSource parameter: it runs once for all dialects
        // WHEN the class runs
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(BeforeAllInjection.class);

        // THEN the class fails, pointing at the places that run per dialect
        assertThat(TestKitRuns.failureMessages(results)).containsExactly(
                "@MigratedDatabase on BeforeAllInjection: cannot inject a DataSource into parameter 1 of "
                        + "BeforeAllInjection.prepare(DataSource), which runs once for all dialects (@BeforeAll, "
                        + "@AfterAll, or a constructor under @TestInstance(PER_CLASS)). Inject it into the test "
                        + "method, a @BeforeEach method or an @InjectDatabase field instead.");
    }

    @Test
    void inject_database_on_a_static_or_mistyped_field_says_what_it_expects() {
        // GIVEN one class with a static @InjectDatabase field, another with a String one
        // WHEN they run
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(StaticField.class, MistypedField.class);

        // THEN each test fails saying what a field must be
        assertThat(TestKitRuns.failureMessages(results)).containsExactlyInAnyOrder(
                "@InjectDatabase on field StaticField.shared: expected an instance field that is neither static nor "
                        + "final (each dialect's run has its own database); remove static.",
                "@InjectDatabase on field MistypedField.url of type java.lang.String: expected a DataSource, "
                        + "Connection or TestDatabase field.");
    }

    @Test
    void an_empty_dialects_attribute_is_a_mistake_not_a_skip() {
        // GIVEN dialects = {}
        // WHEN the class runs
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(NoDialects.class);

        // THEN it fails, saying how to name a dialect
        assertThat(TestKitRuns.failureMessages(results)).containsExactly(
                "@MigratedDatabase on ErrorMessagesTest.NoDialects: dialects is empty. Name at least one, such as "
                        + "dialects = Dialect.SQLITE, or leave it out for all.");
    }

    @MigratedDatabase(dialects = Dialect.SQLITE)
    static class SqliteOnly {

        @Test
        void runs() {
        }
    }

    @MigratedDatabase(dialects = Dialect.SQLITE, locations = "classpath:db/nowhere/{dialect}")
    static class NoMigrations {

        @Test
        void never_runs() {
        }
    }

    @MigratedDatabase(dialects = Dialect.SQLITE, locations = "classpath:db/misnamed/{dialect}")
    static class MisnamedMigrations {

        @Test
        void never_runs() {
        }
    }

    @MigratedDatabase(locations = "classpath:db/broken/{dialect}")
    static class BrokenMigration {

        @Test
        void never_runs() {
        }
    }

    @MigratedDatabase(dialects = Dialect.SQLITE)
    static class BeforeAllInjection {

        @BeforeAll
        static void prepare(DataSource dataSource) {
        }

        @Test
        void never_runs() {
        }
    }

    @MigratedDatabase(dialects = Dialect.SQLITE)
    static class StaticField {

        @InjectDatabase
        static DataSource shared;

        @Test
        void never_runs() {
        }
    }

    @MigratedDatabase(dialects = Dialect.SQLITE)
    static class MistypedField {

        @InjectDatabase
        String url;

        @Test
        void never_runs() {
        }
    }

    @MigratedDatabase(dialects = {})
    static class NoDialects {

        @Test
        void never_runs() {
        }
    }
}

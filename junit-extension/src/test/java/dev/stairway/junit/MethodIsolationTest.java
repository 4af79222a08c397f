package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.fixtures.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** With METHOD isolation (the default) every test method has a database of its own; CLASS shares one per run. */
class MethodIsolationTest {

    private static final Map<String, String> PARALLEL = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

    @Test
    void two_methods_that_insert_the_same_key_both_pass_in_either_order() {
        // GIVEN two methods inserting order 1, run first in one order, then in the other
        // WHEN they run on both dialects
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(SameKeyInOrder.class,
                SameKeyInReverseOrder.class);

        // THEN every run of every method found an empty table
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).hasSize(8).containsOnly(
                "[sqlite] first_inserts_order_1(Connection)", "[postgresql] first_inserts_order_1(Connection)",
                "[sqlite] second_inserts_order_1(Connection)", "[postgresql] second_inserts_order_1(Connection)");
    }

    @Test
    void methods_running_in_parallel_on_four_threads_each_have_their_own_database() {
        // GIVEN a test repeated eight times inserting order 1, and JUnit running tests concurrently on 4 threads
        SameKeyInParallel.DATABASES.clear();
        Map<String, String> configuration = new HashMap<>(PARALLEL);
        configuration.put(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite,postgresql");

        // WHEN the class runs on both dialects
        EngineExecutionResults results = TestKitRuns.run(configuration, SameKeyInParallel.class);

        // THEN all sixteen passed, each on a database no other test used
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).hasSize(16);
        assertThat(SameKeyInParallel.DATABASES).hasSize(16);
    }

    @Test
    void class_isolation_shares_one_database_between_the_methods_of_a_run() {
        // GIVEN a class with isolation = CLASS whose second method reads the row the first wrote
        // WHEN it runs on both dialects
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(SharedPerClass.class);

        // THEN the second method saw the row on each dialect
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).hasSize(4);
    }

    @Test
    void the_run_wide_setting_chooses_for_classes_that_do_not_and_the_annotation_wins_over_it() {
        // GIVEN stairway.isolation=class, a class that leaves the choice to it and one that asks for METHOD
        Map<String, String> configuration = Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite,postgresql",
                MigratedDatabase.ISOLATION_PROPERTY_NAME, "class");

        // WHEN both run
        EngineExecutionResults results = TestKitRuns.run(configuration, SharedByTheSetting.class,
                SameKeyInOrder.class);

        // THEN the first shared a database per run, the second still had one per method
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).hasSize(8);
    }

    @Test
    void an_unknown_isolation_setting_fails_the_class_naming_the_setting() {
        EngineExecutionResults results = TestKitRuns.run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite",
                MigratedDatabase.ISOLATION_PROPERTY_NAME, "test"), SharedByTheSetting.class);

        assertThat(TestKitRuns.failureMessages(results)).containsExactly(
                "Unknown isolation 'test' in stairway.isolation: expected one of method, class. Fix stairway.isolation.");
    }

    @Test
    void a_per_class_constructor_receives_a_data_source_that_follows_each_test() {
        // GIVEN a PER_CLASS class whose constructor takes a DataSource and a TestDatabase, run in parallel
        // WHEN it runs on both dialects with METHOD isolation
        Map<String, String> configuration = new HashMap<>(PARALLEL);
        configuration.put(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite,postgresql");
        EngineExecutionResults results = TestKitRuns.run(configuration, PerClassConstructor.class);

        // THEN each test reached its own database through them: both inserted order 1
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).containsExactlyInAnyOrder(
                "[sqlite] first_inserts_order_1()", "[sqlite] second_inserts_order_1()",
                "[postgresql] first_inserts_order_1()", "[postgresql] second_inserts_order_1()");
    }

    @Test
    void a_failed_run_leaves_no_database_file_or_server_behind(@TempDir Path directory) throws Exception {
        // GIVEN a run keeping its databases in a folder of its own, with a failing test and a failing assertion
        Map<String, String> configuration = Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite,postgresql",
                StairwaySettings.DIRECTORY, directory.toString());

        // WHEN it runs and fails
        EngineExecutionResults results = TestKitRuns.run(configuration, FailingTest.class, SameKeyInOrder.class);

        // THEN it failed as expected, and nothing is left: no SQLite file, no server folder, no server process
        assertThat(TestKitRuns.failureMessages(results)).containsOnly("a test that fails");
        assertThat(TestKitRuns.failureMessages(results)).hasSize(2);
        try (Stream<Path> left = Files.walk(directory)) {
            assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
        }
        assertThat(ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(directory.toString()))
                .toList()).isEmpty();
    }

    static void insertOrderOne(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO orders (id, placed_by, total) VALUES (1, 'me', 10)");
        }
    }

    static int orders(Connection connection) throws SQLException {
        return InjectionTest.orders(connection);
    }

    abstract static class SameKey {

        @Test
        @Order(1)
        void first_inserts_order_1(Connection connection) throws SQLException {
            assertThat(orders(connection)).isZero();
            insertOrderOne(connection);
        }

        @Test
        @Order(2)
        void second_inserts_order_1(Connection connection) throws SQLException {
            assertThat(orders(connection)).isZero();
            insertOrderOne(connection);
        }
    }

    @MigratedDatabase(isolation = Isolation.METHOD)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SameKeyInOrder extends SameKey {
    }

    @MigratedDatabase
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SameKeyInReverseOrder extends SameKey {

        @Override
        @Test
        @Order(3)
        void first_inserts_order_1(Connection connection) throws SQLException {
            super.first_inserts_order_1(connection);
        }
    }

    @MigratedDatabase
    static class SameKeyInParallel {

        static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();

        private void insert(TestDatabase database) throws Exception {
            DATABASES.add(database.dialect() + " " + database.name());
            try (Connection connection = database.connection()) {
                assertThat(orders(connection)).isZero();
                insertOrderOne(connection);
                Thread.sleep(20);
                assertThat(orders(connection)).isEqualTo(1);
            }
        }

        @RepeatedTest(8)
        void inserts_order_1(TestDatabase database) throws Exception {
            insert(database);
        }
    }

    abstract static class Shared {

        @Test
        @Order(1)
        void writes_order_1(Connection connection) throws SQLException {
            insertOrderOne(connection);
        }

        @Test
        @Order(2)
        void sees_order_1(Connection connection) throws SQLException {
            assertThat(orders(connection)).isEqualTo(1);
        }
    }

    @MigratedDatabase(isolation = Isolation.CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SharedPerClass extends Shared {
    }

    @MigratedDatabase
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SharedByTheSetting extends Shared {
    }

    @MigratedDatabase
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassConstructor {

        private final DataSource dataSource;
        private final TestDatabase database;
        private final Set<String> names = ConcurrentHashMap.newKeySet();

        PerClassConstructor(DataSource dataSource, TestDatabase database) {
            this.dataSource = dataSource;
            this.database = database;
        }

        private void insert() throws SQLException {
            assertThat(names.add(database.dialect() + " " + database.name())).as("a database of its own").isTrue();
            try (Connection connection = dataSource.getConnection()) {
                assertThat(orders(connection)).isZero();
                insertOrderOne(connection);
            }
        }

        @Test
        void first_inserts_order_1() throws SQLException {
            insert();
        }

        @Test
        void second_inserts_order_1() throws SQLException {
            insert();
        }
    }

    @MigratedDatabase
    static class FailingTest {

        @Test
        void fails(Connection connection) throws SQLException {
            insertOrderOne(connection);
            throw new AssertionError("a test that fails");
        }
    }

}

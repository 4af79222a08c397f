package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** DataSource, Connection and TestDatabase reach the constructor, methods, lifecycle methods and fields. */
class InjectionTest {

    @Test
    void every_injection_point_receives_the_database_of_its_dialect_run() {
        // GIVEN a class asking for each type in its constructor, fields, @BeforeEach, @Test and @AfterEach
        // WHEN it runs on both dialects
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(EveryInjectionPoint.class,
                ConstructorConnection.class);

        // THEN each test passes in each run: every injected object reached the same migrated database
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).containsExactlyInAnyOrder(
                "[sqlite] every_injected_object_sees_the_row_written_before_each(DataSource, Connection, TestDatabase)",
                "[postgresql] every_injected_object_sees_the_row_written_before_each(DataSource, Connection, TestDatabase)",
                "[sqlite] the_constructor_connection_reaches_the_migrated_database()",
                "[postgresql] the_constructor_connection_reaches_the_migrated_database()");
    }

    @Test
    void a_connection_is_closed_after_its_test_and_a_per_class_field_is_filled_again_for_each_run() {
        // GIVEN a PER_CLASS class: one instance outlives both dialects' runs
        // WHEN it runs on both dialects
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(ConnectionLifetimes.class);

        // THEN a method's connection is closed once that method is done, and the field follows each run's database
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).containsExactly(
                "[sqlite] a_method_connection_is_open_during_its_test(Connection, TestDatabase)",
                "[sqlite] the_previous_method_connection_is_closed_and_the_field_is_open()",
                "[postgresql] a_method_connection_is_open_during_its_test(Connection, TestDatabase)",
                "[postgresql] the_previous_method_connection_is_closed_and_the_field_is_open()");
    }

    @MigratedDatabase
    static class EveryInjectionPoint {

        private final DataSource constructorDataSource;
        private final TestDatabase constructorDatabase;

        @InjectDatabase
        DataSource fieldDataSource;

        @InjectDatabase
        Connection fieldConnection;

        @InjectDatabase
        TestDatabase fieldDatabase;

        private Connection beforeEachConnection;

        EveryInjectionPoint(DataSource dataSource, TestDatabase database) {
            this.constructorDataSource = dataSource;
            this.constructorDatabase = database;
        }

        @BeforeEach
        void writeOneOrder(Connection connection) throws SQLException {
            beforeEachConnection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO orders (id, placed_by, total) VALUES (1, 'before each', 7)");
            }
        }

        @Test
        void every_injected_object_sees_the_row_written_before_each(DataSource dataSource, Connection connection,
                TestDatabase database) throws SQLException {
            assertThat(database).isSameAs(fieldDatabase).isSameAs(constructorDatabase);
            assertThat(database.dialect()).isIn(Dialect.SQLITE, Dialect.POSTGRESQL);
            assertThat(connection).isNotSameAs(fieldConnection).isNotSameAs(beforeEachConnection);
            for (DataSource source : new DataSource[] {dataSource, fieldDataSource, constructorDataSource,
                    database.dataSource()}) {
                try (Connection own = source.getConnection()) {
                    assertThat(orders(own)).as("orders through a DataSource").isEqualTo(1);
                }
            }
            for (Connection each : new Connection[] {connection, fieldConnection, beforeEachConnection}) {
                assertThat(orders(each)).as("orders through a Connection").isEqualTo(1);
            }
        }

        @AfterEach
        void stillOpenAfterTheTest(Connection connection) throws SQLException {
            assertThat(beforeEachConnection.isClosed()).isFalse();
            assertThat(orders(connection)).isEqualTo(1);
        }
    }

    @MigratedDatabase
    static class ConstructorConnection {

        private final Connection connection;

        ConstructorConnection(Connection connection) {
            this.connection = connection;
        }

        @Test
        void the_constructor_connection_reaches_the_migrated_database() throws SQLException {
            assertThat(connection.isClosed()).isFalse();
            assertThat(orders(connection)).isZero();
        }
    }

    @MigratedDatabase
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ConnectionLifetimes {

        @InjectDatabase
        Connection perRun;

        @InjectDatabase
        TestDatabase database;

        private Connection fromPreviousTest;

        @Test
        @Order(1)
        void a_method_connection_is_open_during_its_test(Connection connection, TestDatabase current)
                throws SQLException {
            assertThat(database).isSameAs(current);
            assertThat(connection.isClosed()).isFalse();
            fromPreviousTest = connection;
        }

        @Test
        @Order(2)
        void the_previous_method_connection_is_closed_and_the_field_is_open() throws SQLException {
            assertThat(fromPreviousTest.isClosed()).isTrue();
            assertThat(perRun.isClosed()).isFalse();
            assertThat(orders(perRun)).isZero();
        }
    }

    static int orders(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM orders")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.junit.DialectRunsTest.SchemaFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Each class run gets its own clone of the migrated template, migrated as far as {@code target} says. */
class IsolationAndTargetTest {

    @Test
    void a_row_written_by_one_class_is_not_seen_by_another() {
        // GIVEN two classes on the same migrations, each writing a row and then reading every row
        // WHEN both run in one execution, in whatever order JUnit picks
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(FirstWriter.class, SecondWriter.class);

        // THEN each saw only its own row, on both dialects
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).containsExactlyInAnyOrder(
                "[sqlite] sees_only_its_own_order(Connection)", "[postgresql] sees_only_its_own_order(Connection)",
                "[sqlite] sees_only_its_own_order(Connection)", "[postgresql] sees_only_its_own_order(Connection)");
    }

    @Test
    void target_stops_the_migration_at_that_version() {
        // GIVEN migrations V1, V2 and V3, and a class with target = "2"
        // WHEN it runs on both dialects
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(AtVersion2.class);

        // THEN its test, which reads the schema history and the tables, passed on both
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).containsExactlyInAnyOrder(
                "[sqlite] schema_is_at_version_2(Connection)", "[postgresql] schema_is_at_version_2(Connection)");
    }

    @Test
    void default_locations_add_the_common_folder_when_it_exists() {
        // GIVEN db/migration/{dialect} holds V1 to V3 and db/migration/common holds V4
        // WHEN a class with the default locations runs on both dialects
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(DefaultLocations.class);

        // THEN V4 from the common folder was applied after the dialect's own migrations
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).containsExactlyInAnyOrder(
                "[sqlite] common_migrations_follow_the_dialect_ones(Connection)",
                "[postgresql] common_migrations_follow_the_dialect_ones(Connection)");
    }

    @MigratedDatabase
    static class DefaultLocations {

        @Test
        void common_migrations_follow_the_dialect_ones(Connection connection) throws SQLException {
            assertThat(appliedVersions(connection)).containsExactly("1", "2", "3", "4");
            assertThat(SchemaFacts.tableExists(connection, "app_settings")).isTrue();
        }
    }

    static List<String> appliedVersions(Connection connection) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }
        return applied;
    }

    abstract static class Writer {

        @Test
        void sees_only_its_own_order(Connection connection) throws SQLException {
            String me = getClass().getSimpleName();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO orders (id, placed_by, total) VALUES (1, ?, 10)")) {
                insert.setString(1, me);
                insert.executeUpdate();
            }
            List<String> placedBy = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT placed_by FROM orders")) {
                while (rows.next()) {
                    placedBy.add(rows.getString(1));
                }
            }
            assertThat(placedBy).containsExactly(me);
        }
    }

    @MigratedDatabase
    static class FirstWriter extends Writer {
    }

    @MigratedDatabase
    static class SecondWriter extends Writer {
    }

    @MigratedDatabase(target = "2")
    static class AtVersion2 {

        @Test
        void schema_is_at_version_2(Connection connection) throws SQLException {
            assertThat(appliedVersions(connection)).containsExactly("1", "2");
            assertThat(SchemaFacts.tableExists(connection, "customers")).isTrue();
            assertThat(SchemaFacts.tableExists(connection, "audit_log")).isFalse();
        }
    }
}

package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Which dialects a class runs on, how the runs are named, and where the annotation may sit. */
class DialectRunsTest {

    @Test
    void plain_tests_run_once_per_dialect_and_each_run_is_named_after_its_dialect() {
        // GIVEN a class with two plain @Test methods and the default dialects
        // WHEN it runs
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(TwoPlainTests.class);

        // THEN each test ran in a [sqlite] and a [postgresql] run
        assertThat(TestKitRuns.succeededRuns(results)).containsExactly("[sqlite]", "[postgresql]");
        assertThat(TestKitRuns.succeededTests(results)).containsExactlyInAnyOrder(
                "[sqlite] first(TestDatabase, TestReporter)", "[sqlite] second(TestDatabase, TestReporter)",
                "[postgresql] first(TestDatabase, TestReporter)", "[postgresql] second(TestDatabase, TestReporter)");
        // AND each run's database is of the dialect its name says
        assertThat(reportedDialects(results)).containsExactlyInAnyOrder(
                "[sqlite] sqlite", "[sqlite] sqlite", "[postgresql] postgresql", "[postgresql] postgresql");
    }

    @Test
    void the_dialects_attribute_restricts_the_runs() {
        // GIVEN a class with dialects = SQLITE
        // WHEN it runs with both dialects enabled
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(SqliteOnly.class);

        // THEN only the sqlite run happened
        assertThat(TestKitRuns.succeededRuns(results)).containsExactly("[sqlite]");
        assertThat(TestKitRuns.succeededTests(results)).containsExactly("[sqlite] runs(TestDatabase)");
    }

    @Test
    void the_dialects_setting_restricts_a_class_that_names_both() {
        // GIVEN a class on both dialects, and a CI job that sets stairway.dialects=postgresql
        // WHEN it runs
        EngineExecutionResults results = TestKitRuns.run(
                Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "postgresql"), TwoPlainTests.class);

        // THEN only the postgresql run happened
        assertThat(TestKitRuns.succeededRuns(results)).containsExactly("[postgresql]");
        assertThat(reportedDialects(results)).containsExactly("[postgresql] postgresql", "[postgresql] postgresql");
    }

    @Test
    void a_class_whose_dialects_are_all_disabled_is_skipped_with_the_reason() {
        // GIVEN a sqlite-only class, and a CI job that runs postgresql only
        // WHEN it runs
        EngineExecutionResults results = TestKitRuns.run(
                Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "postgresql"), SqliteOnly.class);

        // THEN the class is reported skipped, saying why, and nothing failed
        assertThat(results.containerEvents().skipped().stream()
                .map(event -> event.getRequiredPayload(String.class)).toList())
                .containsExactly("@MigratedDatabase on DialectRunsTest.SqliteOnly runs on [sqlite], none of which "
                        + "is enabled by stairway.dialects = [postgresql]");
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(results.testEvents().started().count()).isZero();
    }

    @Test
    void a_composed_annotation_carries_dialects_and_target() {
        // GIVEN a class annotated only with a user's annotation meta-annotated with @MigratedDatabase(SQLITE, "1")
        // WHEN it runs
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(ComposedAnnotationUser.class);

        // THEN it ran on sqlite only, migrated to V1 (its test asserts the schema)
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results))
                .containsExactly("[sqlite] only_version_1_is_applied(Connection)");
    }

    @Test
    void a_subclass_inherits_the_annotation_of_its_superclass() {
        // GIVEN a class whose superclass carries @MigratedDatabase(dialects = SQLITE)
        // WHEN it runs
        EngineExecutionResults results = TestKitRuns.runOnBothDialects(InheritsTheAnnotation.class);

        // THEN its own and its inherited tests ran on sqlite
        assertThat(TestKitRuns.failureMessages(results)).isEmpty();
        assertThat(TestKitRuns.succeededTests(results)).containsExactlyInAnyOrder(
                "[sqlite] inherited(TestDatabase)", "[sqlite] own(TestDatabase)");
    }

    /** Each reporting entry as {@code "[run] dialect"}: the run's display name and the dialect the test received. */
    private static List<String> reportedDialects(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> runName(event) + " " + event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("dialect"))
                .toList();
    }

    private static String runName(Event event) {
        return event.getTestDescriptor().getParent().map(TestDescriptor::getDisplayName).orElse("");
    }

    @MigratedDatabase
    static class TwoPlainTests {

        @Test
        void first(TestDatabase database, TestReporter reporter) {
            reporter.publishEntry("dialect", database.dialect().id());
        }

        @Test
        void second(TestDatabase database, TestReporter reporter) {
            reporter.publishEntry("dialect", database.dialect().id());
        }
    }

    @MigratedDatabase(dialects = Dialect.SQLITE)
    static class SqliteOnly {

        @Test
        void runs(TestDatabase database) {
            assertThat(database.dialect()).isEqualTo(Dialect.SQLITE);
        }
    }

    /** A user's own annotation: SQLite at version 1. */
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @MigratedDatabase(dialects = Dialect.SQLITE, target = "1")
    @interface SqliteAtVersion1 {
    }

    @SqliteAtVersion1
    static class ComposedAnnotationUser {

        @Test
        void only_version_1_is_applied(Connection connection) throws SQLException {
            assertThat(SchemaFacts.tableExists(connection, "orders")).isTrue();
            assertThat(SchemaFacts.tableExists(connection, "customers")).isFalse();
        }
    }

    @MigratedDatabase(dialects = Dialect.SQLITE)
    abstract static class MigratedBase {

        @Test
        void inherited(TestDatabase database) {
            assertThat(database.dialect()).isEqualTo(Dialect.SQLITE);
        }
    }

    static class InheritsTheAnnotation extends MigratedBase {

        @Test
        void own(TestDatabase database) throws SQLException {
            try (Connection connection = database.connection()) {
                assertThat(SchemaFacts.tableExists(connection, "audit_log")).isTrue();
            }
        }
    }

    /** Facts read from a database's own catalog. */
    static final class SchemaFacts {

        private SchemaFacts() {
        }

        static boolean tableExists(Connection connection, String table) throws SQLException {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
                return tables.next();
            }
        }
    }
}
